import type { Analysis } from '../../clients/analysis.types';
import type { ProposalSummary } from '../../clients/consultations.types';
import type { QuestionResult, ReportPick } from '../../clients/reading-room.types';
import type { ThemeOption } from '../../clients/strategy-themes';
import { alert, csrfField, emptyForm, errorSummary, fieldId, formatDate, FormState, radioGroup, selectField, submitButton, table, textArea, textField } from '../../web/components';
import { unavailableMessage } from '../../web/error-pages';
import { MAX_QUESTION_ROWS, PROPOSAL_QUESTION_KINDS, QUESTION_ROWS, questionFieldNames } from '../../web/forms';
import { html, raw, SafeHtml } from '../../web/html';
import { label, themeLabel } from '../../web/labels';
import { heading1, layout } from '../../web/layout';
import type { PageContext } from '../../web/page-context';
import { pager } from '../../web/pager';
import { questionResults } from '../../web/question-results';

type Unavailable = 'timeout' | 'down' | 'error';

/** What was just done, each with its confirmation `staff:coordination.doneNotice.<done>` in the catalogue. */
const DONE = new Set(['aangemaakt', 'gepubliceerd', 'verslag', 'compileren']);

export interface CoordinationOverviewData {
  proposals: ProposalSummary[];
  next: string | null;
  cursor?: string;
  /** What was just done (`aangemaakt`, `gepubliceerd`, `verslag`, `compileren`). */
  done?: string;
  /** The proposals could not be read; the rest of the page still works. */
  failure?: Unavailable;
  /** The year the annual review form proposes. */
  year: number;
  /** The strategy's themes, to name a proposal's theme with its title. */
  themes?: readonly ThemeOption[];
}

/** Journeys 5–8 for coordinators: proposals, consultation reports, the annual review compile. */
export function renderCoordinationOverview(ctx: PageContext, { proposals, next, cursor, done, failure, year, themes = [] }: CoordinationOverviewData): SafeHtml {
  const title = ctx.msg('staff:coordination.coordination');
  return layout(ctx, {
    title,
    section: 'coordination',
    body: html`${heading1(title)}
${done && DONE.has(done) ? alert('ok', html`<p class="utrecht-paragraph">${ctx.msg(`staff:coordination.doneNotice.${done}`)}</p>`) : ''}
${failure ? unavailableMessage(ctx, failure) : ''}
<div class="pb-actions"><a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action utrecht-button utrecht-button--primary-action" href="/coordinatie/voorstellen/nieuw">${ctx.msg('staff:coordination.newProposal')}</a></div>
${table(
  ctx.msg('staff:coordination.proposals'),
  [ctx.msg('staff:coordination.title'), ctx.msg('staff:coordination.status'), ctx.msg('staff:coordination.theme'), ctx.msg('staff:coordination.closes'), ctx.msg('staff:coordination.responses'), ctx.msg('staff:coordination.action')],
  proposals.map((p) => [
    // A draft has no public page yet (it answers 404): its title opens the form it is edited with.
    html`<a class="utrecht-link" href="${p.status === 'draft' ? `/coordinatie/voorstellen/${p.id}/wijzigen` : `/consultaties/${p.id}`}">${p.title}</a>`,
    p.status === 'withdrawn' ? ctx.msg('proposal-text:status.withdrawn') : label(ctx, 'proposalStatus', p.status),
    themeLabel(themes, p.theme),
    formatDate(ctx, p.closesAt),
    String(p.responseCount ?? 0),
    html`${
      p.status === 'draft'
        ? html`<form method="post" action="/coordinatie/voorstellen/${p.id}/publiceren">${csrfField(ctx)}<button type="submit" class="utrecht-button utrecht-button--secondary-action" aria-label="${ctx.msg('staff:coordination.publish')}: ${p.title}">${ctx.msg('staff:coordination.publish')}</button></form>`
        : html`<a class="utrecht-link" href="/coordinatie/voorstellen/${p.id}/leeszaal" aria-label="${ctx.msg('reading-room:open', { title: p.title })}">${ctx.msg('reading-room:link')}</a> · <a class="utrecht-link" href="/coordinatie/voorstellen/${p.id}/analyse" aria-label="${ctx.msg('analysis:link.open', { title: p.title })}">${ctx.msg('analysis:link.text')}</a>${
            p.status === 'closed' ? html` · <a class="utrecht-link" href="/coordinatie/voorstellen/${p.id}/verslag">${ctx.msg('staff:coordination.writeReport')}</a>` : ''
          }`
    } ${changeLink(ctx, p)}`,
  ]),
)}
${pager(ctx, '/coordinatie', {}, next, cursor)}
<h2 class="utrecht-heading-2">${ctx.msg('staff:coordination.strategyAmendments')}</h2>
<p class="utrecht-paragraph"><a class="utrecht-link" href="/coordinatie/wijzigingen?jaar=${String(year)}">${ctx.msg('staff:coordination.proposeAndDecideAmendments')}</a></p>
<h2 class="utrecht-heading-2">${ctx.msg('indicators:list.title')}</h2>
<p class="utrecht-paragraph"><a class="utrecht-link" href="/coordinatie/indicatoren">${ctx.msg('indicators:coordination-link')}</a></p>
<h2 class="utrecht-heading-2">${ctx.msg('staff:coordination.annualReview')}</h2>
<form method="post" action="/coordinatie/jaaroverzichten" novalidate>${csrfField(ctx)}
${textField(ctx, emptyForm({ year: String(year) }), { name: 'year', label: ctx.msg('staff:coordination.year'), inputmode: 'numeric', width: 'xs' })}
<div class="pb-actions">${submitButton(ctx.msg('staff:coordination.compileAnnualReview'), 'secondary')}</div></form>`,
  });
}

/** Which change a coordinator may make to a published proposal in which status (the proposals service decides; pages only offer). */
export const PROPOSAL_CHANGES: Record<string, readonly ('text' | 'closing' | 'withdraw')[]> = {
  scheduled: ['text', 'closing', 'withdraw'],
  open: ['text', 'closing', 'withdraw'],
  closed: ['withdraw'],
};

/** The link to a proposal's changes page (none for a final status). */
export function changeLink(ctx: PageContext, p: Pick<ProposalSummary, 'id' | 'status' | 'title'>): SafeHtml {
  // The English text can be entered or corrected in every status but withdrawn (issue 11 item 7).
  const translation = p.status === 'withdrawn' ? html`` : html`<a class="utrecht-link" href="/coordinatie/voorstellen/${p.id}/vertaling">${ctx.msg('translations:form.link')}<span class="pb-visually-hidden">: ${p.title}</span></a>`;
  if (p.status !== 'draft' && !PROPOSAL_CHANGES[p.status]) return translation;
  return html`<a class="utrecht-link" href="/coordinatie/voorstellen/${p.id}/wijzigen">${ctx.msg('proposal-text:changes.link')}<span class="pb-visually-hidden">: ${p.title}</span></a> · ${translation}`;
}

/** A new proposal; the theme is a choice when the strategy's themes are known, a code otherwise. */
export function renderProposalForm(
  ctx: PageContext,
  form: FormState,
  themes: ThemeOption[],
  unavailable?: Unavailable,
  general?: string,
  /** Editing a draft (proposal-changes.views.ts) posts the same fields elsewhere. */
  edit?: { action: string; title: string },
): SafeHtml {
  const title = edit?.title ?? ctx.msg('staff:coordination.newProposal');
  const rows = questionRowCount(form);
  const labels = {
    title: ctx.msg('staff:coordination.title'),
    summary: ctx.msg('staff:coordination.summary'),
    body: ctx.msg('staff:coordination.text'),
    theme: ctx.msg('staff:coordination.theme'),
    ...questionLabels(ctx, rows),
    documents: ctx.msg('staff:coordination.documents'),
    opensAt: ctx.msg('staff:coordination.opens'),
    closesAt: ctx.msg('staff:coordination.closes'),
    moderation: ctx.msg('staff:coordination.moderation'),
  };
  return layout(ctx, {
    title,
    section: 'coordination',
    body: html`${heading1(title)}
${unavailable ? unavailableMessage(ctx, unavailable) : ''}
${errorSummary(ctx, form, general, labels)}
<form method="post" action="${edit?.action ?? '/coordinatie/voorstellen/nieuw'}" novalidate>${csrfField(ctx)}
${textField(ctx, form, { name: 'title', label: labels.title })}
${textArea(ctx, form, { name: 'summary', label: labels.summary, rows: 3 })}
${textArea(ctx, form, { name: 'body', label: labels.body, hint: ctx.msg('staff:coordination.markdownIsAllowed'), rows: 10 })}
${
  themes.length
    ? selectField(ctx, form, { name: 'theme', label: labels.theme, placeholder: ctx.msg('staff:coordination.chooseATheme'), options: themes.map((th) => ({ value: th.code, label: `${th.code} ${th.title}` })) })
    : textField(ctx, form, { name: 'theme', label: labels.theme, width: 'sm' })
}
${questionRows(ctx, form, rows)}
${textArea(ctx, form, { name: 'documents', label: labels.documents, hint: ctx.msg('staff:coordination.onePerLineTitleHttpsAddress'), optional: true, rows: 3 })}
${textField(ctx, form, { name: 'opensAt', label: labels.opensAt, type: 'datetime-local', hint: ctx.msg('staff:coordination.dutchTime'), width: 'md' })}
${textField(ctx, form, { name: 'closesAt', label: labels.closesAt, type: 'datetime-local', hint: ctx.msg('staff:coordination.dutchTime'), width: 'md' })}
${radioGroup(ctx, form, { name: 'moderation', legend: labels.moderation, options: [{ value: 'post', label: ctx.msg('staff:coordination.afterwardsResponsesAppearAtOnce') }, { value: 'pre', label: ctx.msg('staff:coordination.beforehandAModeratorApprovesFirst') }] })}
<div class="pb-actions">${submitButton(ctx.msg('staff:coordination.saveDraft'))}</div>
</form>`,
  });
}

/** Rows shown: at least QUESTION_ROWS, and every filled row plus an empty one (a draft may have more questions). */
function questionRowCount(form: FormState): number {
  let last = -1;
  for (let i = 0; i < MAX_QUESTION_ROWS; i++) {
    const f = questionFieldNames(i);
    if ((form.values[f.text] ?? '').trim() || (form.values[f.options] ?? '').trim() || form.errors[f.text] || form.errors[f.kind] || form.errors[f.options]) last = i;
  }
  return Math.min(MAX_QUESTION_ROWS, Math.max(QUESTION_ROWS, last + 2));
}

/** The error summary names a question's field with its number ("Vraag 2 — antwoordmogelijkheden"). */
function questionLabels(ctx: PageContext, rows: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < rows; i++) {
    const f = questionFieldNames(i);
    const q = ctx.msg('staff:coordination.question.legend', { number: i + 1 });
    out[f.text] = q;
    out[f.kind] = `${q} — ${ctx.msg('staff:coordination.question.kind')}`;
    out[f.options] = `${q} — ${ctx.msg('staff:coordination.question.options')}`;
  }
  return out;
}

/**
 * The proposal's questions, a fixed number of rows (no JavaScript to add one): per row the text, the
 * kind and, for a choice, the options one per line. Empty rows are left out when the form is sent.
 */
function questionRows(ctx: PageContext, form: FormState, rows: number): SafeHtml {
  const m = ctx.msg;
  const kinds = PROPOSAL_QUESTION_KINDS.map((k) => ({ value: k, label: m(`staff:coordination.question.kinds.${k}`) }));
  return html`<fieldset class="utrecht-form-fieldset pb-questions"><legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">${m('staff:coordination.questions')} (${m('staff:coordination.optional')})</legend>
<div class="utrecht-form-field-description">${m('staff:coordination.question.intro')}</div>
${Array.from({ length: rows }, (_, i) => {
  const f = questionFieldNames(i);
  // A fresh row offers free text; a row shown again keeps the kind that was posted or stored.
  const fields: FormState = form.values[f.kind] ? form : { values: { ...form.values, [f.kind]: 'text' }, errors: form.errors };
  return html`<fieldset class="utrecht-form-fieldset pb-question"><legend class="utrecht-form-fieldset__legend">${m('staff:coordination.question.legend', { number: i + 1 })}</legend>
${textField(ctx, fields, { name: f.text, label: m('staff:coordination.question.text') })}
${selectField(ctx, fields, { name: f.kind, label: m('staff:coordination.question.kind'), options: kinds })}
${textArea(ctx, fields, { name: f.options, label: m('staff:coordination.question.options'), hint: m('staff:coordination.question.optionsHint'), optional: true, rows: 3 })}
</fieldset>`;
})}
</fieldset>`;
}

/** Publishing a draft failed: the service's reason, or that it did not answer. */
export function renderPublishFailed(ctx: PageContext, unavailable: Unavailable | undefined, detail: string | undefined): SafeHtml {
  const title = ctx.msg('staff:coordination.publishingFailed');
  return layout(ctx, {
    title,
    section: 'coordination',
    body: html`${heading1(title)}${unavailable ? unavailableMessage(ctx, unavailable) : alert('error', html`<p class="utrecht-paragraph">${detail ?? ''}</p>`, 'alert')}<p class="utrecht-paragraph"><a class="utrecht-link" href="/coordinatie">${ctx.msg('staff:coordination.back')}</a></p>`,
  });
}

/** Compiling an annual review was refused (no year, or the review said no) or not answered. */
export function renderCompileFailed(ctx: PageContext, unavailable: Unavailable | undefined, message: string): SafeHtml {
  const title = ctx.msg('staff:coordination.compileAnnualReview');
  return layout(ctx, {
    title,
    section: 'coordination',
    body: html`${heading1(title)}${unavailable ? unavailableMessage(ctx, unavailable) : alert('error', html`<p class="utrecht-paragraph">${message}</p>`, 'alert')}<p class="utrecht-paragraph"><a class="utrecht-link" href="/coordinatie">${ctx.msg('staff:coordination.back')}</a></p>`,
  });
}

/** The consultation report of a closed proposal: a summary and up to three answered themes. */
/**
 * The responses a topic answers: those the coordinator picked for it in the reading room, as
 * checkboxes (ticked unless unticked in a form shown again), and the way to pick more — instead
 * of response ids typed by hand that no page showed (issue 11).
 */
function pickedResponses(ctx: PageContext, id: string, slot: number, form: FormState, picks: readonly ReportPick[]): SafeHtml {
  const m = ctx.msg;
  const mine = picks.filter((p) => p.slot === slot);
  const posted = form.values[`responses.${slot}`];
  // A fresh form offers every pick ticked; a form shown again after an error keeps what was posted.
  const fresh = Object.keys(form.values).length === 0;
  const ticked = (responseId: string) => fresh || (posted ?? '').split(',').includes(responseId);
  const error = form.errors[`responses.${slot}`];
  return html`<fieldset class="utrecht-form-fieldset" id="${fieldId(`responses.${slot}`)}" tabindex="-1"><legend class="utrecht-form-fieldset__legend">${m('reading-room:report.picked', { count: mine.length })}</legend>
${error ? html`<p class="utrecht-form-field-error-message">${error}</p>` : ''}
${mine.map(
  (p) => html`<div class="utrecht-form-field utrecht-form-field--checkbox"><div class="utrecht-form-field__input"><input type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" id="antwoord-${slot}-${p.responseId}" name="responses.${slot}" value="${p.responseId}"${raw(ticked(p.responseId) ? ' checked' : '')}></div>
<div class="utrecht-form-field__label"><label class="utrecht-form-label utrecht-form-label--checkbox" for="antwoord-${slot}-${p.responseId}">${p.excerpt}</label></div></div>`,
)}
<p class="utrecht-paragraph"><a class="utrecht-link" href="/coordinatie/voorstellen/${id}/leeszaal?onderwerp=${slot}">${m('reading-room:report.pickMore', { number: slot })}</a></p>
</fieldset>`;
}

export function renderConsultationReportForm(
  ctx: PageContext,
  id: string,
  proposalTitle: string,
  form: FormState,
  unavailable?: Unavailable,
  general?: string,
  /** The responses picked per topic in the reading room. */
  picks: readonly ReportPick[] = [],
  /** Results per choice and scale question, which the published report shows beside its text. */
  results: readonly QuestionResult[] = [],
  /** The proposal's signed-off analysis, when there is one: its largest themes prefill the topics. */
  analysis: Analysis | null = null,
): SafeHtml {
  const title = `${ctx.msg('staff:coordination.consultationReport')}: ${proposalTitle}`;
  const choiceResults = results.filter((r) => r.kind !== 'text');
  const fromAnalysis = analysisTopics(analysis);
  // A fresh form starts from the signed-off analysis's themes; one shown again keeps what was posted.
  const fields: FormState = Object.keys(form.values).length === 0 && fromAnalysis.length ? { values: Object.fromEntries(fromAnalysis.map((t, i) => [`topic.${i + 1}`, t.label])), errors: form.errors } : form;
  return layout(ctx, {
    title,
    section: 'coordination',
    body: html`${heading1(title)}
${unavailable ? unavailableMessage(ctx, unavailable) : ''}
${errorSummary(ctx, form, general)}
${choiceResults.length ? html`<section class="pb-section" aria-labelledby="uitkomsten"><h2 class="utrecht-heading-2" id="uitkomsten">${ctx.msg('reading-room:results.heading')}</h2><p class="utrecht-paragraph">${ctx.msg('questions:report.resultsShown')}</p>${questionResults(ctx, choiceResults)}</section>` : ''}
<form method="post" action="/coordinatie/voorstellen/${id}/verslag" novalidate>${csrfField(ctx)}
${analysisSummary(ctx, id, analysis)}
${textArea(ctx, form, { name: 'summary', label: ctx.msg('staff:coordination.summaryOfTheConsultation'), hint: ctx.msg('staff:coordination.markdownIsAllowed'), rows: 6 })}
${[1, 2, 3].map(
  (i) => html`<fieldset class="utrecht-form-fieldset"><legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">${ctx.msg('staff:coordination.themeFromTheResponses')} ${i}${i > 1 ? ` (${ctx.msg('staff:coordination.optional')})` : ''}</legend>
${textField(ctx, fields, { name: `topic.${i}`, label: ctx.msg('staff:coordination.topic') })}
${textArea(ctx, form, { name: `answer.${i}`, label: ctx.msg('staff:coordination.answer'), rows: 4 })}
${fromAnalysis[i - 1] && fields.values[`topic.${i}`] === fromAnalysis[i - 1].label ? analysisResponses(ctx, i, fromAnalysis[i - 1]) : ''}
${pickedResponses(ctx, id, i, form, picks)}
</fieldset>`,
)}
<div class="pb-actions">${submitButton(ctx.msg('staff:coordination.publishReport'))}</div>
</form>`,
  });
}

/** How many response ids one report topic takes (the proposals service's limit per topic). */
const REPORT_TOPIC_RESPONSES = 5000;

/** The signed-off analysis's three largest themes, as report topics: the coordinator's label and the theme's responses. */
function analysisTopics(analysis: Analysis | null): { label: string; size: number; responseIds: string[] }[] {
  if (!analysis || analysis.status !== 'signed-off') return [];
  return [...analysis.themes]
    .sort((a, b) => b.size - a.size)
    .slice(0, 3)
    .map((t) => ({ label: t.label ?? '', size: t.size, responseIds: t.responseIds.slice(0, REPORT_TOPIC_RESPONSES) }));
}

/** The theme's responses travel with the topic (hidden: the page would otherwise list thousands). */
function analysisResponses(ctx: PageContext, slot: number, topic: { size: number; responseIds: string[] }): SafeHtml {
  return html`<p class="utrecht-paragraph" data-analysis-topic="${slot}">${ctx.msg('analysis:report.topicResponses', { count: topic.responseIds.length, size: topic.size })}</p>
${topic.responseIds.map((rid) => html`<input type="hidden" name="responses.${slot}" value="${rid}">`)}`;
}

/**
 * "You said": the signed-off analysis's themes with their summaries, above the form, and where to
 * review it. Each sentence links to the responses it rests on: the reading room filtered on its
 * theme (which reads the same signed-off analysis), where the coordinator can also pick them.
 */
function analysisSummary(ctx: PageContext, id: string, analysis: Analysis | null): SafeHtml {
  const m = ctx.msg;
  const link = html`<a class="utrecht-link" href="/coordinatie/voorstellen/${id}/analyse">${m('analysis:report.toAnalysis')}</a>`;
  if (!analysis || analysis.status !== 'signed-off') return html`<p class="utrecht-paragraph">${m('analysis:report.noSignedOff')} ${link}</p>`;
  return html`<section class="pb-card" aria-labelledby="analyse-kop"><h2 class="utrecht-heading-2" id="analyse-kop">${m('analysis:report.heading')}</h2>
<ul class="utrecht-unordered-list">${analysis.themes.map(
    (t) => html`<li class="utrecht-unordered-list__item"><strong>${t.label ?? ''}</strong> (${m('analysis:theme.size', { count: t.size })})${t.summary.length ? html`<ul class="utrecht-unordered-list">${t.summary.map((s) => html`<li class="utrecht-unordered-list__item"><q>${s.text}</q> — <a class="utrecht-link" href="/coordinatie/voorstellen/${id}/leeszaal?thema=${t.id}">${m('analysis:theme.restsOn', { count: s.responseIds.length })}</a></li>`)}</ul>` : ''}</li>`,
  )}</ul>
<p class="utrecht-paragraph">${link}</p></section>`;
}
