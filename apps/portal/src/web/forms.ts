import type { Problem } from '@pb/http/core';
import type { StaffRole } from '@pb/auth';
import type { ProposalView } from '../clients/consultations.types';
import type { Topic } from '../clients/subscriptions.types';
import { BWB_ID_PATTERN } from '@pb/contracts';
import { amsterdamLocalToIso } from './amsterdam-time';
import { DEPARTMENTS } from './labels';
import type { PageContext } from './page-context';

/*
 * Form mapping, apart from the pages: a posted form becomes the body a service expects, and a
 * service's validation problem becomes the field errors the form shows again. Views only render;
 * controllers only route; what a field is called on either side is decided here.
 */

/** The posted string values of the named fields (anything else the body carries is ignored). */
export function pickFormValues(body: Record<string, unknown> | undefined, names: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const n of names) {
    const v = body?.[n];
    if (typeof v === 'string') out[n] = v;
  }
  return out;
}

/** Field errors of a 400 problem, keyed by the dotted field path the forms use as input names. */
export function fieldErrorsOf(problem: Problem | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of problem?.errors ?? []) if (!(e.field in out)) out[e.field] = e.message;
  return out;
}

// --- loket: a barrier report -------------------------------------------------------------------

const REPORT_REFERENCE = /^LKT-\d{4}-\d{6}$/;

/** A loket reference as the loket writes them (LKT-2026-000123): anything else is never sent on. */
export function isReportReference(value: unknown): value is string {
  return typeof value === 'string' && REPORT_REFERENCE.test(value);
}

/** The form's input names are the API's JSON paths, so the loket's field errors land on the right field. */
export const REPORT_FIELDS = [
  'title', 'description', 'regulation.name', 'regulation.article', 'regulation.bwbId', 'technology', 'sector', 'impact',
  'suggestedSolution', 'company.name', 'company.kvkNumber', 'company.sizeClass', 'contact.name', 'contact.email',
  'contact.phone', 'consent.contact', 'consent.publish',
] as const;

const REPORT_OPTIONAL = new Set(['regulation.article', 'regulation.bwbId', 'impact', 'suggestedSolution', 'contact.phone']);

/** Turns the posted form into the loket's JSON body: empty optional fields left out, checkboxes as booleans. */
export function reportRequestBody(values: Record<string, string>): Record<string, unknown> {
  const body: Record<string, Record<string, unknown> | unknown> = {};
  for (const name of REPORT_FIELDS) {
    const rawValue = values[name] ?? '';
    const value = name.startsWith('consent.') ? rawValue === 'true' : rawValue.trim();
    if (REPORT_OPTIONAL.has(name) && value === '') continue;
    const [head, tail] = name.split('.');
    if (tail) {
      const group = (body[head] ??= {}) as Record<string, unknown>;
      group[tail] = value;
    } else body[head] = value;
  }
  return body;
}

/** The loket names the allowed values of a choice; a person needs to hear what to do instead. */
export function friendlierReportErrors(ctx: PageContext, errors: Record<string, string>, values: Record<string, string>): Record<string, string> {
  const out = { ...errors };
  if (out.technology && !values.technology) out.technology = ctx.msg('layout:forms.chooseATechnology');
  if (out.sector && !values.sector) out.sector = ctx.msg('layout:forms.chooseASector');
  if (out['company.sizeClass'] && !values['company.sizeClass']) out['company.sizeClass'] = ctx.msg('layout:forms.chooseTheSizeOfYourCompany');
  if (out['consent.contact']) out['consent.contact'] = ctx.msg('layout:forms.agreeToBeContactedWithoutContact');
  return out;
}

// --- loket: a new private link ------------------------------------------------------------------

export const LOST_LINK_FIELDS = ['reference', 'email'] as const;

/** References are written in capitals; a person may type them otherwise. */
export function lostLinkRequestBody(values: Record<string, string>): { reference: string; email: string } {
  return { reference: (values.reference ?? '').trim().toUpperCase(), email: (values.email ?? '').trim() };
}

/** A problem without field errors still lands on a field, so the error summary can point at it. */
export function formErrorsOf(ctx: PageContext, problem: Problem | undefined, fallbackField: string): Record<string, string> {
  const errors = fieldErrorsOf(problem);
  return Object.keys(errors).length ? errors : { [fallbackField]: problem?.detail ?? ctx.msg('layout:forms.checkYourInput') };
}

/** The loket's validation problem as the report form's field errors, in words a person can act on. */
export function reportFormErrors(ctx: PageContext, problem: Problem | undefined, values: Record<string, string>): Record<string, string> {
  const errors = friendlierReportErrors(ctx, fieldErrorsOf(problem), values);
  return Object.keys(errors).length ? errors : { title: problem?.detail ?? ctx.msg('layout:forms.checkYourInput') };
}

/** A reply on the tracking page: a 400 keeps its field errors; any other problem lands on the reply field. */
export function replyFormErrors(status: number, problem: Problem | undefined): Record<string, string> {
  const errors = status === 400 ? fieldErrorsOf(problem) : {};
  const general = status === 400 ? undefined : (problem?.detail ?? undefined);
  return Object.keys(errors).length || !general ? errors : { body: general };
}

/** A reporter's reply on the tracking page: the text as typed, trimmed. */
export const REPLY_FIELDS = ['body'] as const;

export function replyRequestBody(v: Record<string, string>): { body: string } {
  return { body: (v.body ?? '').trim() };
}

// --- reporters: did the answer help? -----------------------------------------------------------

export const SATISFACTION_FIELDS = ['helped', 'reason'] as const;

/** Checked here first so a reporter who forgot the reason keeps what they chose; the loket checks again. */
export function satisfactionFormErrors(ctx: PageContext, v: Record<string, string>): Record<string, string> {
  if (v.helped !== 'yes' && v.helped !== 'no') return { helped: ctx.msg('reporter:page.satisfaction.errorHelped') };
  if (v.helped === 'no' && !(v.reason ?? '').trim()) return { reason: ctx.msg('reporter:page.satisfaction.errorReason') };
  return {};
}

export function satisfactionRequestBody(v: Record<string, string>): { helped: boolean; reason?: string } {
  return v.helped === 'yes' ? { helped: true } : { helped: false, reason: (v.reason ?? '').trim() };
}

// --- officials: the work queue and the desk's saved filters and bulk assign (issue 10 item 8) -----

/** The work queue's filters as the page takes them from its query string (and a saved filter keeps them). */
export const QUEUE_FILTERS = ['status', 'theme', 'technology', 'department', 'group', 'regulation', 'overdue', 'q', 'mine'] as const;

/** The filter values asked for (query string or posted form): strings only, cut to a sane length (the loket validates them). */
export function queueValues(raw: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const f of QUEUE_FILTERS) if (typeof raw[f] === 'string' && raw[f]) values[f] = (raw[f] as string).slice(0, 200);
  return values;
}

/** A page number from a query string or a hidden field: 1 for anything that is not one, at most 100000. */
export const pageNumberOf = (raw: unknown): number => Math.min(100000, Math.max(1, Number.parseInt(String(raw ?? '1'), 10) || 1));

/** A saved filter: the name as typed (trimmed) and the queue's filters the form carried along. */
export function savedFilterRequest(body: Record<string, unknown>): { name: string; filters: Record<string, string> } {
  return { name: typeof body.filterName === 'string' ? body.filterName.trim() : '', filters: queueValues(body) };
}

/** The name's problem on the name field; a limit (422 without a field) too: it is the name that cannot be added. */
export function savedFilterErrors(ctx: PageContext, problem: Problem | undefined): { filterName: string } {
  return { filterName: fieldErrorsOf(problem).name ?? problem?.detail ?? ctx.msg('desk:filters.notSaved') };
}

/** Bulk assign: the ticked references (one checkbox posts a string, several an array; strings only, at most 200) and the handler. */
export function assignRequest(body: Record<string, unknown>): { references: string[]; handler: string } {
  const raw = body.references;
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return { references: list.filter((r): r is string => typeof r === 'string').slice(0, 200), handler: typeof body.handler === 'string' ? body.handler.trim() : '' };
}

/** Checked here before the loket is asked: at least one report ticked, and a handler named. */
export function assignFormErrors(ctx: PageContext, request: { references: string[]; handler: string }): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!request.references.length) errors.references = ctx.msg('desk:assign.noneSelected');
  if (!request.handler) errors.handler = ctx.msg('desk:assign.noHandler');
  return errors;
}

/** The loket's refusal of a bulk assign: the handler's error on the handler, anything else on the list of reports. */
export function assignFailureErrors(ctx: PageContext, problem: Problem | undefined): Record<string, string> {
  const fields = fieldErrorsOf(problem);
  return { ...(fields.handler ? { handler: fields.handler } : {}), ...(fields.references || !fields.handler ? { references: fields.references ?? problem?.detail ?? ctx.msg('desk:assign.notDone') } : {}) };
}

// --- officials: acting on a report ------------------------------------------------------------

export const TRIAGE_FIELDS = ['theme', 'priority', 'department', 'handler', 'category'] as const;

/** Triage as the loket takes it: handler and category only when given (empty handler: oneself). */
export function triageRequestBody(v: Record<string, string>): Record<string, string> {
  return { theme: v.theme ?? '', priority: v.priority ?? '', department: v.department ?? '', ...(v.handler?.trim() ? { handler: v.handler.trim() } : {}), ...(v.category?.trim() ? { category: v.category.trim() } : {}) };
}

/** A message on a report: the text trimmed, and whether it stays inside (a checkbox that posts `true`). */
export const OFFICIAL_MESSAGE_FIELDS = ['body', 'internal'] as const;

export function officialMessageBody(v: Record<string, string>): { body: string; internal: boolean } {
  return { body: (v.body ?? '').trim(), internal: v.internal === 'true' };
}

/** A report marked as a duplicate of another: that one's reference, trimmed. */
export const DUPLICATE_FIELDS = ['originalReference'] as const;

export function duplicateRequestBody(v: Record<string, string>): { originalReference: string } {
  return { originalReference: (v.originalReference ?? '').trim() };
}

/** A report resolved: the chosen outcome and the explanation, trimmed. */
export const RESOLUTION_FIELDS = ['outcome', 'explanation'] as const;

export function resolutionRequestBody(v: Record<string, string>): { outcome: string; explanation: string } {
  return { outcome: v.outcome ?? '', explanation: (v.explanation ?? '').trim() };
}

/**
 * The loket's answer to an official's action as the report page shows it: field errors of a 400
 * (an unchosen choice in words), or else one general message.
 */
export function officialActionErrors(ctx: PageContext, status: number, problem: Problem | undefined, values: Record<string, string>): { errors: Record<string, string>; general?: string } {
  const errors = status === 400 ? fieldErrorsOf(problem) : {};
  if (errors.outcome && !values.outcome) errors.outcome = ctx.msg('layout:forms.chooseAnOutcome');
  if (errors.priority && !values.priority) errors.priority = ctx.msg('layout:forms.chooseAPriority');
  if (errors.theme && !values.theme) errors.theme = ctx.msg('layout:forms.chooseATheme');
  const general = status === 400 && Object.keys(errors).length ? undefined : (problem?.detail ?? ctx.msg('layout:forms.theActionCouldNotBeCarried'));
  return { errors, general };
}

// --- staff: moderation and amendment decisions -----------------------------------------------------

/** A decision posted from a list of items: its fields carry the item's id (`decision.<id>`). */
export function itemDecision(body: Record<string, unknown>, id: string, trimReason = false): { decision: string; reason: string; values: Record<string, string> } {
  const decision = typeof body[`decision.${id}`] === 'string' ? (body[`decision.${id}`] as string) : '';
  const rawReason = typeof body[`reason.${id}`] === 'string' ? (body[`reason.${id}`] as string) : '';
  const reason = trimReason ? rawReason.trim() : rawReason;
  return { decision, reason, values: { [`decision.${id}`]: decision, [`reason.${id}`]: reason } };
}

/** A service's field errors moved onto the fields of one item of a list (`reason` → `reason.<id>`). */
export function itemFieldErrors(problem: Problem | undefined, id: string): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [f, m] of Object.entries(fieldErrorsOf(problem))) errors[`${f}.${id}`] = m;
  return errors;
}

/** What the portal checks before asking the comments service: a choice, and a reason to reject. */
export function moderationDecisionErrors(ctx: PageContext, id: string, decision: string, reason: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (decision !== 'publish' && decision !== 'reject') errors[`decision.${id}`] = ctx.msg('layout:forms.choosePublishOrReject');
  if (decision === 'reject' && !reason) errors[`reason.${id}`] = ctx.msg('layout:forms.chooseAReasonForRejecting');
  return errors;
}

/** Nested API fields (`evidence.0.type`) land on the form field they came from (`evidence`). */
export function topLevelFieldErrors(problem: Problem | undefined): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [f, m] of Object.entries(fieldErrorsOf(problem))) errors[f.split('.')[0]] ??= m;
  return errors;
}

export const AMENDMENT_FIELDS = ['kind', 'themeCode', 'actionIndex', 'text', 'summary', 'evidence'] as const;

/** The year of the amendments page (a form's `year`, the query's `jaar`): four digits, else this year. */
export function amendmentYearOf(value: unknown, now: Date = new Date()): number {
  return typeof value === 'string' && /^\d{4}$/.test(value) ? Number(value) : now.getFullYear();
}

/** The year whose annual review is to be compiled: four digits (spaces around allowed), else '' (the page asks for one). */
export function compileYearOf(body: Record<string, unknown>): string {
  const year = typeof body.year === 'string' ? body.year.trim() : '';
  return /^\d{4}$/.test(year) ? year : '';
}

/**
 * An amendment as the review takes it: evidence one per line as "kind identifier", the action
 * counted from 1 on the page and from 0 in the API, empty text left out.
 */
export function amendmentRequestBody(v: Record<string, string>): Record<string, unknown> {
  const evidence = (v.evidence ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const [type, ...rest] = l.split(/\s+/);
      return { type, id: rest.join(' ') };
    });
  const index = (v.actionIndex ?? '').trim();
  return {
    kind: v.kind ?? '',
    themeCode: v.themeCode ?? '',
    ...(index ? { actionIndex: /^\d+$/.test(index) ? Number(index) - 1 : index } : {}),
    ...((v.text ?? '').trim() ? { text: v.text!.trim() } : {}),
    summary: (v.summary ?? '').trim(),
    evidence,
  };
}

// --- staff: proposals and consultation reports --------------------------------------------------

/** The kinds of question the proposals service takes (its QUESTION_KINDS), in the order the form offers them. */
export const PROPOSAL_QUESTION_KINDS = ['text', 'single-choice', 'multiple-choice', 'scale'] as const;
/** Question rows the proposal form offers at least; a draft with more questions shows them all plus an empty row. */
export const QUESTION_ROWS = 5;
/** The most questions the proposals service takes, and so the most rows the form reads back. */
export const MAX_QUESTION_ROWS = 20;

/** The input names of question row `i` are the API's JSON paths (`questions.0.text`), as in the split form. */
export const questionFieldNames = (i: number) => ({ text: `questions.${i}.text`, kind: `questions.${i}.kind`, options: `questions.${i}.options` });

export const PROPOSAL_FIELDS: readonly string[] = [
  'title',
  'summary',
  'body',
  'theme',
  ...Array.from({ length: MAX_QUESTION_ROWS }, (_, i) => Object.values(questionFieldNames(i))).flat(),
  'documents',
  'opensAt',
  'closesAt',
  'moderation',
];

const isChoice = (kind: string) => kind === 'single-choice' || kind === 'multiple-choice';
const lines = (s: string | undefined) => (s ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

/**
 * A proposal as the proposals service takes it, and which form row each question came from (to put
 * errors back): questions from the filled rows (a row without text and options is left out; its kind
 * select always posts, so it does not count), a choice question's options one per line (the options
 * of another kind are not sent: the service keeps none for them), documents as "title | url",
 * Dutch local times as instants.
 */
export function proposalRequest(v: Record<string, string>): { body: Record<string, unknown>; rows: number[] } {
  const rows: number[] = [];
  const questions: { text: string; kind: string; options?: string[] }[] = [];
  for (let i = 0; i < MAX_QUESTION_ROWS; i++) {
    const f = questionFieldNames(i);
    const text = (v[f.text] ?? '').trim();
    const options = lines(v[f.options]);
    if (!text && !options.length) continue;
    const kind = v[f.kind] || 'text';
    rows.push(i);
    questions.push({ text, kind, ...(isChoice(kind) ? { options } : {}) });
  }
  const body = {
    title: (v.title ?? '').trim(),
    summary: (v.summary ?? '').trim(),
    body: (v.body ?? '').trim(),
    theme: v.theme ?? '',
    questions,
    documents: lines(v.documents).map((l) => {
      const [t, ...rest] = l.split('|');
      return { title: t.trim(), url: rest.join('|').trim() };
    }),
    opensAt: amsterdamLocalToIso(v.opensAt ?? '') ?? (v.opensAt ?? ''),
    closesAt: amsterdamLocalToIso(v.closesAt ?? '') ?? (v.closesAt ?? ''),
    moderation: v.moderation ?? '',
  };
  return { body, rows };
}

/**
 * The proposals service's field errors on the form field they came from: a question's
 * (`questions.1.options`) on its form row, the list's own (`questions`: too many) on the first
 * filled row's text, other nested fields (`documents.0.url`) on their top-level field.
 */
export function proposalFieldErrors(problem: Problem | undefined, rows: readonly number[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [field, message] of Object.entries(fieldErrorsOf(problem))) {
    const m = /^questions\.(\d+)\.(text|kind|options)(?:\.|$)/.exec(field);
    const target = m
      ? `questions.${rows[Number(m[1])] ?? rows[0] ?? 0}.${m[2]}`
      : field === 'questions' || field.startsWith('questions.')
        ? `questions.${rows[0] ?? 0}.text`
        : field.split('.')[0];
    errors[target] ??= message;
  }
  return errors;
}

/** A published proposal's corrected text, trimmed. */
export const TEXT_CORRECTION_FIELDS = ['body'] as const;

export function textCorrectionBody(v: Record<string, string>): { body: string } {
  return { body: (v.body ?? '').trim() };
}

/** A later closing time: the Dutch local time typed as an instant (anything else as typed, for the service's message). */
export const CLOSING_FIELDS = ['closesAt'] as const;

export function closingRequestBody(v: Record<string, string>): { closesAt: string } {
  return { closesAt: amsterdamLocalToIso(v.closesAt ?? '') ?? (v.closesAt ?? '') };
}

/** A withdrawal: the chosen reason and the explanation, trimmed. */
export const WITHDRAWAL_FIELDS = ['reason', 'explanation'] as const;

export function withdrawalRequestBody(v: Record<string, string>): { reason: string; explanation: string } {
  return { reason: v.reason ?? '', explanation: (v.explanation ?? '').trim() };
}

export const CONSULTATION_REPORT_FIELDS = ['summary', ...[1, 2, 3].flatMap((i) => [`topic.${i}`, `answer.${i}`, `responses.${i}`])];

/** The form's answered themes (1 to 3; empty ones left out), each with the form number it came from. */
export function consultationReportAnswers(v: Record<string, string>): { i: number; topic: string; answer: string; responseIds: string[] }[] {
  return [1, 2, 3]
    .filter((i) => (v[`topic.${i}`] ?? '').trim() || (v[`answer.${i}`] ?? '').trim())
    .map((i) => ({ i, topic: (v[`topic.${i}`] ?? '').trim(), answer: (v[`answer.${i}`] ?? '').trim(), responseIds: (v[`responses.${i}`] ?? '').split(/[\s,]+/).filter(Boolean) }));
}

export function consultationReportBody(v: Record<string, string>): { summary: string; answers: { topic: string; answer: string; responseIds: string[] }[] } {
  return { summary: (v.summary ?? '').trim(), answers: consultationReportAnswers(v).map(({ topic, answer, responseIds }) => ({ topic, answer, responseIds })) };
}

/** `answers.1.topic` of the API is the form's second filled theme: back onto the field it was typed in. */
export function consultationReportErrors(problem: Problem | undefined, v: Record<string, string>): Record<string, string> {
  const answers = consultationReportAnswers(v);
  const errors: Record<string, string> = {};
  for (const [f, m] of Object.entries(fieldErrorsOf(problem))) {
    const a = /^answers\.(\d+)\.(topic|answer|responseIds)/.exec(f);
    if (a) errors[`${a[2] === 'responseIds' ? 'responses' : a[2]}.${answers[Number(a[1])]?.i ?? 1}`] ??= m;
    else if (f === 'answers') errors['topic.1'] ??= m;
    else errors[f] ??= m;
  }
  return errors;
}

// --- staff: a proposal's English translation (issue 11 item 7) ------------------------------------

/** The field names of a proposal's translation form, to pick from a post. */
export function translationFieldNames(p: ProposalView): string[] {
  return ['title', 'summary', 'body', ...(p.questions ?? []).flatMap((q) => [`question.${q.id}`, ...(q.options ?? []).map((o) => `option.${o.id}`)])];
}

/** The translation as PUT /api/proposals/{id}/translations/en takes it: a question or option left empty is left out (shown in Dutch). */
export function translationRequestBody(p: ProposalView, v: Record<string, string>): { title: string; summary: string; body: string; questions: { id: string; text: string; options?: { id: string; label: string }[] }[] } {
  const val = (k: string) => (v[k] ?? '').trim();
  return {
    title: val('title'),
    summary: val('summary'),
    body: val('body'),
    questions: (p.questions ?? [])
      .filter((q) => val(`question.${q.id}`))
      .map((q) => {
        const options = (q.options ?? []).filter((o) => val(`option.${o.id}`)).map((o) => ({ id: o.id, label: val(`option.${o.id}`) }));
        return { id: q.id, text: val(`question.${q.id}`), ...(options.length ? { options } : {}) };
      }),
  };
}

/** The API's field errors (`questions.<i>.text`, `questions.<i>.options.<j>.label`) back onto the form's fields. */
export function translationFormErrors(p: ProposalView, v: Record<string, string>, apiErrors: Record<string, string>): Record<string, string> {
  const sent = translationRequestBody(p, v).questions;
  const out: Record<string, string> = {};
  for (const [field, message] of Object.entries(apiErrors)) {
    const q = /^questions\.(\d+)(?:\.options\.(\d+))?/.exec(field);
    const question = q ? sent[Number(q[1])] : undefined;
    const option = q?.[2] !== undefined ? question?.options?.[Number(q[2])] : undefined;
    out[option ? `option.${option.id}` : question ? `question.${question.id}` : field] = message;
  }
  return out;
}

// --- auth: the development issuer's login -----------------------------------------------------------

export const DEV_LOGIN_FIELDS = ['role', 'department', 'name', 'next'] as const;
const DEV_LOGIN_ROLES: StaffRole[] = ['official', 'intake', 'moderator', 'coordinator', 'admin'];

/** The development login: a known role, a name, and a ministry for an official. */
export function devLoginErrors(ctx: PageContext, values: Record<string, string>): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!DEV_LOGIN_ROLES.includes(values.role as StaffRole)) errors.role = ctx.msg('layout:forms.chooseARole');
  const name = (values.name ?? '').trim();
  if (name.length < 2 || name.length > 100) errors.name = ctx.msg('layout:forms.enterYourName2To100');
  const department = (values.department ?? '').trim();
  if (values.role === 'official' && !DEPARTMENTS.includes(department)) errors.department = ctx.msg('layout:forms.chooseTheMinistryYouWorkFor');
  return errors;
}

/** Whom the development login signs in, once devLoginErrors found nothing: the role, and the name and ministry trimmed. */
export function devLoginPrincipal(values: Record<string, string>): { role: StaffRole; name: string; department: string } {
  return { role: values.role as StaffRole, name: (values.name ?? '').trim(), department: (values.department ?? '').trim() };
}

// --- consultations: a response, support, a flag -----------------------------------------------------

const UUID = /^[0-9a-f-]{36}$/i;

/** Every posted string field but the CSRF token (the questions' answers are named per question); a multiple-choice question's ticked options (`choices.<id>`, one or many) comma-joined. */
export function postedStrings(body: Record<string, unknown> | undefined): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(body ?? {})) {
    if (typeof v === 'string' && k !== '_csrf') values[k] = v;
    else if (Array.isArray(v) && k.startsWith('choices.')) values[k] = v.filter((x): x is string => typeof x === 'string').join(',');
  }
  return values;
}

/** A question's form field by kind (consultations/question-fields.views.ts): `answers` (text, the API's `answer`), `choice`, `choices`, `value`. */
type AnswerField = 'answers' | 'choice' | 'choices' | 'value';
const ANSWER_NAME = /^(answers|choice|choices|value)\.(.+)$/;

/** The questions answered (form field and question id), in the order the body lists them: the API's `answers.<n>` refers to it. */
export function answeredQuestions(values: Record<string, string>): { name: string; field: AnswerField; questionId: string }[] {
  return Object.keys(values)
    .map((name) => ({ name, m: ANSWER_NAME.exec(name) }))
    .filter(({ name, m }) => m && values[name].trim())
    .map(({ name, m }) => ({ name, field: m![1] as AnswerField, questionId: m![2] }));
}

/** One answer as the API takes it: text, an option id, option ids, or a scale value (a number when it reads as one; the service names anything else). */
function postedAnswer(field: AnswerField, questionId: string, raw: string): Record<string, unknown> {
  const v = raw.trim();
  switch (field) {
    case 'choice':
      return { questionId, choice: v };
    case 'choices':
      return { questionId, choices: v.split(',').filter(Boolean) };
    case 'value':
      return { questionId, value: /^-?\d+$/.test(v) ? Number(v) : v };
    default:
      return { questionId, answer: v };
  }
}

/** A response as the comments service takes it; the organisation only when responding on its behalf. */
export function responseRequestBody(values: Record<string, string>): Record<string, unknown> {
  const onBehalf = values.onBehalf === 'organisation';
  return {
    body: (values.body ?? '').trim(),
    answers: answeredQuestions(values).map((a) => postedAnswer(a.field, a.questionId, values[a.name])),
    author: { name: (values['author.name'] ?? '').trim(), email: (values['author.email'] ?? '').trim() },
    onBehalfOf: onBehalf ? (values.onBehalfOf ?? '').trim() : null,
    public: values.public !== 'false',
    parentId: values.parentId && UUID.test(values.parentId) ? values.parentId : null,
    // The paragraph a response is about (issue 11); a reply is about its parent, not a paragraph.
    ...(values.passage && !values.parentId ? { passage: { anchor: values.passage, quote: (values.quote ?? '').trim() || null } } : {}),
  };
}

/** `answers.<n>.<answer|choice|choices|value>` of the API back onto the question's own form field. */
export function responseFormErrors(problem: Problem | undefined, values: Record<string, string>): Record<string, string> {
  const answered = answeredQuestions(values);
  const errors: Record<string, string> = {};
  for (const [field, message] of Object.entries(fieldErrorsOf(problem))) {
    const m = /^answers\.(\d+)(\..+)?$/.exec(field);
    const passage = /^passage\.(anchor|quote)$/.exec(field);
    const question = m ? answered[Number(m[1])] : undefined;
    errors[question ? question.name : passage ? (passage[1] === 'anchor' ? 'passage' : 'quote') : field] = message;
  }
  return errors;
}

// --- consultations: the responses a topic of the consultation report rests on ----------------------

/** A topic's responses one page shows: the most ids the comments service's public list takes at once. */
export const TOPIC_RESPONSES_PER_PART = 100;

const WHOLE_NUMBER = /^[1-9][0-9]{0,4}$/;
const wholeNumber = (v: unknown): number | undefined => (typeof v === 'string' && WHOLE_NUMBER.test(v) ? Number(v) : undefined);

/**
 * The proposal page's report topic filter, `?onderwerp=2&deel=3`: the topic's number in the report
 * and which hundred of its responses, both from 1. No (valid) `onderwerp` is no filter; no valid
 * `deel` is the first.
 */
export function reportTopicQuery(q: Record<string, unknown>): { topic: number; part: number } | undefined {
  const topic = wholeNumber(q.onderwerp);
  return topic === undefined ? undefined : { topic, part: wholeNumber(q.deel) ?? 1 };
}

/** One part of a report topic's responses: what the page asks the comments service for, and where it is in the topic. */
export interface ReportTopicPart {
  /** The topic's number in the report (from 1) and its title. */
  index: number;
  title: string;
  /** These ids (at most TOPIC_RESPONSES_PER_PART), part `part` of `parts`. */
  ids: string[];
  part: number;
  parts: number;
  /** The position of the first id in the topic (from 1), and how many the topic has (doubles once). */
  from: number;
  count: number;
}

/**
 * The part of a report topic the query asks for, from the published report's topics; undefined when
 * the report has no such topic or it rests on no responses (the page then lists all responses). A
 * part past the last is the last.
 */
export function reportTopicPart(topics: readonly { topic: string; responseIds?: readonly string[] }[] | null | undefined, query: { topic: number; part: number }): ReportTopicPart | undefined {
  const chosen = topics?.[query.topic - 1];
  const all = [...new Set(chosen?.responseIds ?? [])];
  if (!chosen || !all.length) return undefined;
  const parts = Math.ceil(all.length / TOPIC_RESPONSES_PER_PART);
  const part = Math.min(query.part, parts);
  const start = (part - 1) * TOPIC_RESPONSES_PER_PART;
  return { index: query.topic, title: chosen.topic, ids: all.slice(start, start + TOPIC_RESPONSES_PER_PART), part, parts, from: start + 1, count: all.length };
}

/** The hidden field naming the proposal a response belongs to (where support and a flag go back to); '' when it is no id. */
export function proposalIdOf(body: Record<string, unknown>): string {
  return typeof body.proposalId === 'string' && UUID.test(body.proposalId) ? body.proposalId : '';
}

/** Support for a response: the supporter's e-mail address, trimmed. */
export function supportRequestBody(body: Record<string, unknown>): { email: string } {
  return { email: typeof body.email === 'string' ? body.email.trim() : '' };
}

/**
 * A flag on a response: the reason from the select named per response (`flag.<id>`, so the error
 * summary can point at the right one; `reason` as a fallback), the explanation only when given.
 */
export function flagRequestBody(body: Record<string, unknown>, responseId: string): { reason: string; explanation?: string } {
  const chosen = body[`flag.${responseId}`] ?? body.reason;
  const explanation = typeof body.explanation === 'string' ? body.explanation.trim() : '';
  return { reason: typeof chosen === 'string' ? chosen : '', ...(explanation ? { explanation } : {}) };
}

// --- consultations: the coordinator's reading room -------------------------------------------------

const READING_ROOM_STATUSES = ['pending-moderation', 'published', 'rejected'] as const;
const YES_NO = ['ja', 'nee'] as const;
/** `<question id>:<option id>` or `<question id>:<scale value>`. */
const ANSWER_FILTER = /^[0-9a-f-]{36}:([0-9a-f-]{36}|[1-9])$/i;
/** A theme of the analysis (`t3`): the reading room's filter and the analysis page's edits name it so. */
const THEME_ID = /^t\d{1,4}$/;
/** A stance on a question or on the response's main text: `<question id or body>:<stance>`. */
const STANCE_FILTER = /^([0-9a-f-]{36}|body):(for|against|mixed|unclear)$/i;

/** The reading room's filters from its query string; anything unknown is dropped (the page's names are Dutch, like `vanaf`). */
export function readingRoomFilterOf(q: Record<string, unknown>): {
  zoek?: string;
  vraag?: string;
  /** An answer given: `<question id>:<option id or scale value>` (e.g. "answered 'against' on question 2"). */
  antwoord?: string;
  organisatie?: 'ja' | 'nee';
  openbaar?: 'ja' | 'nee';
  status?: (typeof READING_ROOM_STATUSES)[number];
  bijlage?: 'ja' | 'nee';
  /** A theme of the proposal's current analysis (`t3`). */
  thema?: string;
  /** A stance the analysis read: `<question id or body>:<for|against|mixed|unclear>`. */
  standpunt?: string;
  onderwerp?: string;
} {
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const oneOf = <T extends string>(v: unknown, allowed: readonly T[]) => (allowed.includes(v as T) ? (v as T) : undefined);
  const zoek = str(q.zoek)?.trim();
  return {
    zoek: zoek ? zoek : undefined,
    vraag: str(q.vraag) && UUID.test(str(q.vraag)!) ? str(q.vraag) : undefined,
    antwoord: str(q.antwoord) && ANSWER_FILTER.test(str(q.antwoord)!) ? str(q.antwoord) : undefined,
    organisatie: oneOf(q.organisatie, YES_NO),
    openbaar: oneOf(q.openbaar, YES_NO),
    status: oneOf(q.status, READING_ROOM_STATUSES),
    bijlage: oneOf(q.bijlage, YES_NO),
    thema: str(q.thema) && THEME_ID.test(str(q.thema)!) ? str(q.thema) : undefined,
    standpunt: str(q.standpunt) && STANCE_FILTER.test(str(q.standpunt)!) ? str(q.standpunt)!.toLowerCase() : undefined,
    onderwerp: str(q.onderwerp) && /^[1-9]$/.test(str(q.onderwerp)!) ? str(q.onderwerp) : undefined,
  };
}

/** The same filter as the comments service's query parameters; an answer filter names its question, so it wins over `vraag`. */
export function readingRoomApiQuery(f: ReturnType<typeof readingRoomFilterOf>): Record<string, string | undefined> {
  const bool = (v?: 'ja' | 'nee') => (v === undefined ? undefined : v === 'ja' ? 'true' : 'false');
  const [answerQuestion, answer] = f.antwoord ? f.antwoord.split(':') : [];
  const [stanceQuestionId, stance] = f.standpunt ? f.standpunt.split(':') : [];
  return { q: f.zoek, questionId: answerQuestion ?? f.vraag, answer, organisation: bool(f.organisatie), public: bool(f.openbaar), status: f.status, attachment: bool(f.bijlage), themeId: f.thema, stance, stanceQuestionId };
}

/** The pick form: the ticked responses (`kies`, one or many), the topic and add or remove; null when nothing was ticked. */
export function reportPickBody(body: Record<string, unknown>): { slot: number; responseIds: string[]; action: 'add' | 'remove' } | null {
  const ticked = (Array.isArray(body.kies) ? body.kies : [body.kies]).filter((v): v is string => typeof v === 'string' && UUID.test(v));
  const slot = typeof body.onderwerp === 'string' && /^[1-9]$/.test(body.onderwerp) ? Number(body.onderwerp) : 1;
  if (!ticked.length) return null;
  return { slot, responseIds: ticked.slice(0, 100), action: body.actie === 'remove' ? 'remove' : 'add' };
}

/** Where the pick form goes back to: the reading room's own query string (`terug`, `?…` without a fragment), else the room itself. */
export function readingRoomReturnOf(body: Record<string, unknown>): string {
  return typeof body.terug === 'string' && /^(\?[^#\s]*)?$/.test(body.terug) ? body.terug : '';
}

/** The report form's picked responses per topic: checkboxes named `responses.<i>`, one value or many, as the list the form maps. */
export function pickedResponseValues(body: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of [1, 2, 3]) {
    const v = body[`responses.${i}`];
    const ids = (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string' && UUID.test(x));
    if (ids.length) out[`responses.${i}`] = ids.join(',');
  }
  return out;
}

// --- loket: splitting a report into parts (issue 10 item 6) --------------------------------------

/** Rows the split form offers (the loket takes up to 6; one per department is the use). */
export const SPLIT_ROWS = 3;
/** The input names are the API's JSON paths of each row (`parts.0.department`). */
export const SPLIT_FIELDS: readonly string[] = Array.from({ length: SPLIT_ROWS }, (_, i) => [`parts.${i}.department`, `parts.${i}.handler`]).flat();

/** The filled rows as the loket's body, and which form row each part came from (to put errors back). */
export function splitRequest(values: Record<string, string>): { body: { parts: { department: string; handler?: string }[] }; rows: number[] } {
  const rows: number[] = [];
  const parts: { department: string; handler?: string }[] = [];
  for (let i = 0; i < SPLIT_ROWS; i++) {
    const department = (values[`parts.${i}.department`] ?? '').trim();
    const handler = (values[`parts.${i}.handler`] ?? '').trim();
    if (!department && !handler) continue;
    rows.push(i);
    parts.push({ department, ...(handler ? { handler } : {}) });
  }
  return { body: { parts }, rows };
}

/** The loket's field errors of a split (`parts.1.handler`, or `parts` for the number of parts) on the form row they came from. */
export function splitFieldErrors(problem: Problem | undefined, rows: readonly number[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [field, message] of Object.entries(fieldErrorsOf(problem))) {
    const m = /^parts\.(\d+)\.(department|handler)$/.exec(field);
    const target = m ? `parts.${rows[Number(m[1])] ?? 0}.${m[2]}` : 'parts.0.department';
    errors[target] ??= message;
  }
  return errors;
}

// --- staff: indicator values and their import (issue 12 item 1) -------------------------------------

export const INDICATOR_VALUE_FIELDS = ['value', 'period', 'source', 'observedOn', 'corrects', 'reason'] as const;

/**
 * One indicator value as the review takes it: the number as typed with a Dutch decimal comma or a
 * point (anything else is passed on as typed, for the review's per-field message), empty optional
 * fields left out.
 */
export function indicatorValueBody(v: Record<string, string>): Record<string, unknown> {
  const typed = (v.value ?? '').trim();
  const number = /^-?\d+([.,]\d+)?$/.test(typed) ? Number(typed.replace(',', '.')) : typed;
  const corrects = (v.corrects ?? '').trim();
  const reason = (v.reason ?? '').trim();
  return {
    value: number,
    period: (v.period ?? '').trim(),
    source: (v.source ?? '').trim(),
    observedOn: (v.observedOn ?? '').trim(),
    ...(corrects ? { corrects } : {}),
    ...(corrects || reason ? { reason } : {}),
  };
}

export const INDICATOR_IMPORT_FIELDS = ['import.csv', 'import.source', 'import.observedOn', 'import.column'] as const;

/** The import's query (where the file's figures come from), its fields named `import.*` on the page; an empty column means the last one. */
export function indicatorImportQuery(v: Record<string, string>): { source: string; observedOn: string; column?: string } {
  const column = (v['import.column'] ?? '').trim();
  return { source: (v['import.source'] ?? '').trim(), observedOn: (v['import.observedOn'] ?? '').trim(), ...(column ? { column } : {}) };
}

/** The review's field errors of an import on the page's fields: the query's as `import.*`, the file's and each row's (`row 3.Perioden`) as they are. */
export function indicatorImportErrors(problem: Problem | undefined): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [field, message] of Object.entries(fieldErrorsOf(problem))) {
    const key = ['source', 'observedOn', 'column'].includes(field) ? `import.${field}` : field === 'file' ? 'import.csv' : field;
    errors[key] ??= message;
  }
  return errors;
}
/** A new indicator of an ambition (issue 12 item 1): the version and theme go into the path, the rest into the body. */
export const INDICATOR_DEFINE_FIELDS = ['strategyVersion', 'theme', 'code', 'definitionNl', 'definitionEn', 'unit', 'source', 'targetValue', 'targetComparison', 'targetYear', 'targetSection', 'targetQuote'] as const;

/**
 * The indicator as the review takes it: texts trimmed, a target number with a Dutch decimal comma or
 * a point and a year of digits as numbers (anything else passed on as typed, for the review's
 * per-field message), empty optional fields left out.
 */
export function indicatorDefinitionBody(v: Record<string, string>): Record<string, unknown> {
  const text = (name: string) => (v[name] ?? '').trim();
  const optional = (name: string, value: unknown = text(name)) => (text(name) ? { [name]: value } : {});
  const number = text('targetValue');
  const year = text('targetYear');
  return {
    code: text('code'),
    definitionNl: text('definitionNl'),
    definitionEn: text('definitionEn'),
    unit: text('unit'),
    source: text('source'),
    ...optional('targetValue', /^-?\d+([.,]\d+)?$/.test(number) ? Number(number.replace(',', '.')) : number),
    ...optional('targetComparison'),
    ...optional('targetYear', /^\d{1,4}$/.test(year) ? Number(year) : year),
    ...optional('targetSection'),
    ...optional('targetQuote'),
  };
}

/** The review's field errors of a new indicator on the page's fields (the path's `version` is the form's `strategyVersion`). */
export function indicatorDefinitionErrors(problem: Problem | undefined): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [field, message] of Object.entries(fieldErrorsOf(problem))) errors[field === 'version' ? 'strategyVersion' : field] ??= message;
  return errors;
}

/** The version and theme of a new indicator make the review's path (`…/versions/{version}/themes/{theme}/indicators`), trimmed. */
export function indicatorDefinitionPath(v: Record<string, string>): { version: string; theme: string } {
  return { version: (v.strategyVersion ?? '').trim(), theme: (v.theme ?? '').trim() };
}

/** Without a version or a theme there is no operation to ask: said on the field that is missing. */
export function indicatorDefinitionPathErrors(ctx: PageContext, path: { version: string; theme: string }): Record<string, string> {
  return {
    ...(path.version ? {} : { strategyVersion: ctx.msg('indicators:define.choose-version') }),
    ...(path.theme ? {} : { theme: ctx.msg('indicators:define.choose-theme') }),
  };
}

/** The correction of an indicator's definition: its fields are `definition.nl` and `definition.en` on the page, `nl` and `en` in the API. */
export const INDICATOR_DEFINITION_FIELDS = ['definition.nl', 'definition.en'] as const;

export function indicatorDefinitionCorrection(v: Record<string, string>): { nl: string; en: string } {
  return { nl: (v['definition.nl'] ?? '').trim(), en: (v['definition.en'] ?? '').trim() };
}

export function indicatorDefinitionCorrectionErrors(problem: Problem | undefined): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [field, message] of Object.entries(fieldErrorsOf(problem))) errors[field === 'nl' || field === 'en' ? `definition.${field}` : field] ??= message;
  return errors;
}

// --- loket: the report form's check step and "this is my barrier too" (issue 10, item 7) --------

/** The loket's `similar` query keeps URLs short: the description is cut to this many characters. */
const SIMILAR_DESCRIPTION_MAX = 2000;

/**
 * What the report form holds so far, as the loket's similar-entries query: empty fields left out, a
 * BWB id only when well-formed (a typo is the report's own validation error, not a reason to skip
 * the check), the description cut to what fits a URL (the first words say what the barrier is).
 */
export function similarQueryOf(values: Record<string, string>): Record<string, string> {
  const pick = (name: string, max: number): string | undefined => values[name]?.trim().slice(0, max) || undefined;
  const bwbId = values['regulation.bwbId']?.trim().toUpperCase();
  const query: Record<string, string | undefined> = {
    title: pick('title', 200),
    description: pick('description', SIMILAR_DESCRIPTION_MAX),
    regulationName: pick('regulation.name', 300),
    article: pick('regulation.article', 50),
    bwbId: bwbId && BWB_ID_PATTERN.test(bwbId) ? bwbId : undefined,
  };
  return Object.fromEntries(Object.entries(query).filter((e): e is [string, string] => e[1] !== undefined));
}

/** The check step posts `stap=verzenden` to send the report after all, `stap=wijzigen` to go back to the form. */
export type ReportStep = 'check' | 'send' | 'edit';

export function reportStepOf(body: Record<string, unknown> | undefined): ReportStep {
  const step = body?.stap;
  return step === 'verzenden' ? 'send' : step === 'wijzigen' ? 'edit' : 'check';
}

/** "This is my barrier too": the company and contact of the report form, with the endorsement's own consent. */
export function endorseRequestBody(values: Record<string, string>, consent: boolean): Record<string, unknown> {
  return {
    company: { name: (values['company.name'] ?? '').trim(), kvkNumber: (values['company.kvkNumber'] ?? '').trim(), sizeClass: values['company.sizeClass'] ?? '' },
    contact: { name: (values['contact.name'] ?? '').trim(), email: (values['contact.email'] ?? '').trim() },
    consent: { contact: consent },
  };
}

/** Which published entry the check step's "this is my barrier too" is for (a well-formed reference, else none), and its own consent checkbox. */
export function endorsementOf(body: Record<string, unknown>): { reference?: string; consent: boolean } {
  return { reference: isReportReference(body.referentie) ? body.referentie : undefined, consent: body['endorse.consent'] === 'true' };
}

// --- staff: the analysis of a proposal's responses (issue 11 item 4) ------------------------------

/** One change of the analysis page's forms as the comments service takes it (`soort` names the change). */
export function analysisEditBody(body: Record<string, unknown>): Record<string, unknown> | undefined {
  const text = (k: string) => (typeof body[k] === 'string' ? (body[k] as string) : '');
  const theme = THEME_ID.test(text('thema')) ? text('thema') : '';
  const list = (v: unknown) => (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string' && UUID.test(x));
  switch (text('soort')) {
    case 'rename':
      return { kind: 'rename', themeId: theme, label: text('naam') };
    case 'reject-label':
      return { kind: 'reject-label', themeId: theme };
    case 'merge':
      return { kind: 'merge', themeId: theme, intoThemeId: text('naar') };
    case 'split':
      return { kind: 'split', themeId: theme, responseIds: list(body.reacties), label: text('naam') };
    case 'move':
      return { kind: 'move', responseId: text('reactie'), toThemeId: text('naar') };
    default:
      return undefined;
  }
}

// --- subscriptions: following a topic by e-mail -----------------------------------------------------

export const SUBSCRIBE_FIELDS = ['email'] as const;

/** A subscription as the review takes it: the address trimmed, the topic, and the language its mails are in. */
export function subscriptionRequestBody(v: Record<string, string>, topic: Topic, language: PageContext['lang']): { email: string; topicKind: Topic['kind']; topicRef: string; language: PageContext['lang'] } {
  return { email: (v.email ?? '').trim(), topicKind: topic.kind, topicRef: topic.ref, language };
}

// --- admin: erasure requests and the loket's desk settings (issue 10 items 2 and 3) ------------------

export const ERASURE_FIELDS = ['email'] as const;

/** An erasure request: the address whose personal data goes, trimmed. */
export function erasureRequestBody(v: Record<string, string>): { email: string } {
  return { email: (v.email ?? '').trim() };
}

/** A routing rule's input names are the API's JSON paths, so the loket's field errors land on them. */
export const RULE_FIELDS = ['match.bwbId', 'match.article', 'match.theme', 'match.technology', 'match.sector', 'department', 'handlerGroup'] as const;

/** The posted rule form as the loket's body: empty conditions and an empty handler group left out, the rest trimmed. */
export function ruleRequestBody(values: Record<string, string>): { match: Record<string, string>; department: string; handlerGroup?: string } {
  const match: Record<string, string> = {};
  for (const f of RULE_FIELDS) if (f.startsWith('match.') && values[f]?.trim()) match[f.slice('match.'.length)] = values[f].trim();
  const handlerGroup = values.handlerGroup?.trim();
  return { match, department: values.department?.trim() ?? '', ...(handlerGroup ? { handlerGroup } : {}) };
}

export const ANSWER_TEMPLATE_FIELDS = ['purpose', 'title', 'body'] as const;

/** An answer template as the loket takes it: its fields as typed. */
export function answerTemplateRequestBody(v: Record<string, string>): { purpose: string; title: string; body: string } {
  return { purpose: v.purpose ?? '', title: v.title ?? '', body: v.body ?? '' };
}

export const MAIL_TEMPLATE_FIELDS = ['subject', 'body'] as const;

/** A mail text as the loket takes it: subject and body as typed. */
export function mailTemplateRequestBody(v: Record<string, string>): { subject: string; body: string } {
  return { subject: v.subject ?? '', body: v.body ?? '' };
}
