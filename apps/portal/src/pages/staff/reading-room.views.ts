import type { QuestionResult, ReadingRoomAnalysis, ReadingRoomItem, ReadingRoomPage, ReportPick } from '../../clients/reading-room.types';
import { questionResults } from '../../web/question-results';
import { alert, csrfField, emptyForm, type FormState, fieldId, formatDate, selectField, submitButton, textField } from '../../web/components';
import { unavailableMessage } from '../../web/error-pages';
import { html, query, raw, SafeHtml } from '../../web/html';
import { heading1, layout } from '../../web/layout';
import type { PageContext } from '../../web/page-context';
import { pager } from '../../web/pager';
import { readingRoomAttachments } from '../../web/attachment-links';

/** The topics of the consultation report form a response can be picked for. */
export const REPORT_SLOTS = [1, 2, 3] as const;

/** The page's filters as they travel in its own links (Dutch names, like `vanaf`). */
export interface ReadingRoomPageFilter {
  zoek?: string;
  vraag?: string;
  /** `<question id>:<option id or scale value>`: only responses that gave this answer. */
  antwoord?: string;
  organisatie?: 'ja' | 'nee';
  openbaar?: 'ja' | 'nee';
  status?: 'pending-moderation' | 'published' | 'rejected';
  /** With an attachment (a position paper) or without. */
  bijlage?: 'ja' | 'nee';
  /** A theme of the current analysis (`t3`). */
  thema?: string;
  /** `<question id or body>:<stance>`: the stance the analysis read. */
  standpunt?: string;
  /** The report topic picks go to. */
  onderwerp?: string;
}

export interface ReadingRoomView {
  proposalId: string;
  proposalTitle: string;
  filter: ReadingRoomPageFilter;
  page: ReadingRoomPage | null;
  cursor?: string;
  picks: ReportPick[];
  /** `?gekozen=` after a pick: how many the coordinator just picked. */
  picked?: number;
  unavailable?: 'timeout' | 'down' | 'error';
  /** The filter the service refused (a 400): its message. */
  filterError?: string;
  /** Results per question over every response (not the filter's), when there are questions. */
  results?: QuestionResult[];
}

const STATUSES = ['pending-moderation', 'published', 'rejected'] as const;
const STANCES = ['for', 'against', 'mixed', 'unclear'] as const;
/** The analysis's pseudo-question for the stance of a response's own text. */
const BODY = 'body';

/** The filter without the page's own keys, for links that keep it (pager, export, the pick form's way back). */
export function filterParams(f: ReadingRoomPageFilter): Record<string, string | undefined> {
  return { zoek: f.zoek, vraag: f.vraag, antwoord: f.antwoord, organisatie: f.organisatie, openbaar: f.openbaar, status: f.status, bijlage: f.bijlage, thema: f.thema, standpunt: f.standpunt, onderwerp: f.onderwerp };
}

/** A theme as the coordinator knows it: its label, or its words while the label is rejected. */
export function themeName(ctx: PageContext, t: { id: string; label: string | null; terms: string[] }): string {
  return t.label ?? (t.terms.length ? t.terms.join(', ') : ctx.msg('reading-room:analysis.unnamedTheme', { id: t.id }));
}

/** What a stance question is: a question of the proposal, or the response's own text. */
function stanceQuestionText(ctx: PageContext, questionId: string, questions: Map<string, string>): string {
  return questionId === BODY ? ctx.msg('analysis:page.responseText') : (questions.get(questionId) ?? questionId);
}

/**
 * The analysis's two filters (issue 11): a theme, and a stance per question — one select grouped
 * by question, like the answer filter, so one submit of the GET form filters. Only when the
 * proposal has an analysis to filter on; the hint says which one (signed off or in review).
 */
function analysisFilters(ctx: PageContext, form: FormState, analysis: ReadingRoomAnalysis, questions: Map<string, string>): SafeHtml {
  const m = ctx.msg;
  const which = analysis.status === 'signed-off' ? m('reading-room:analysis.signedOff') : m('reading-room:analysis.inReview');
  const current = form.values.standpunt;
  return html`${selectField(ctx, form, { name: 'thema', label: m('reading-room:filter.theme'), hint: which, placeholder: m('reading-room:filter.anyTheme'), options: analysis.themes.map((t) => ({ value: t.id, label: themeName(ctx, t) })) })}
<div class="utrecht-form-field utrecht-form-field--select">
  <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="${fieldId('standpunt')}">${m('reading-room:filter.stance')}</label></div>
  <div class="utrecht-form-field__input"><select class="utrecht-select utrecht-select--html-select" id="${fieldId('standpunt')}" name="standpunt">
  <option value="">${m('reading-room:filter.anyStance')}</option>
  ${analysis.stanceQuestionIds.map(
    (q) => html`<optgroup label="${stanceQuestionText(ctx, q, questions)}">${STANCES.map((st) => {
      const value = `${q}:${st}`;
      return html`<option value="${value}"${raw(value === current ? ' selected' : '')}>${m(`analysis:stance.${st}`)}</option>`;
    })}</optgroup>`,
  )}
  </select></div>
</div>`;
}

/** Where the analysis put a response: its theme and its stance per question. */
function responseAnalysis(ctx: PageContext, r: ReadingRoomItem, analysis: ReadingRoomAnalysis | null | undefined, questions: Map<string, string>): SafeHtml {
  if (!analysis || !r.analysis) return html``;
  const m = ctx.msg;
  const themeId = r.analysis.themeId;
  const theme = analysis.themes.find((t) => t.id === themeId);
  return html`<p class="utrecht-paragraph" data-analysis="${r.id}">${m('reading-room:analysis.theme')}: ${theme ? themeName(ctx, theme) : m('reading-room:analysis.noTheme')}${r.analysis.stances.map((s) => html` · ${m('reading-room:analysis.stanceOn', { question: stanceQuestionText(ctx, s.questionId, questions) })}: ${m(`analysis:stance.${s.stance}`)}`)}</p>`;
}

/**
 * "Answered 'against' on question 2": one select over every choice and scale question, grouped by
 * question (an optgroup each), so one submit of the GET form filters — no JavaScript needed to
 * fill a second list. The options are the results' (every option and scale value, chosen or not).
 */
function answerFilter(ctx: PageContext, current: string | undefined, results: readonly QuestionResult[]): SafeHtml {
  // Numbered as asked (the free-text questions count too), so "question 2" is the form's second.
  const asked = results.map((r, i) => ({ r, number: i + 1 })).filter(({ r }) => r.kind !== 'text' && r.counts.length);
  if (!asked.length) return html``;
  return html`<div class="utrecht-form-field utrecht-form-field--select">
  <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="${fieldId('antwoord')}">${ctx.msg('questions:filter.answer')}</label></div>
  <div class="utrecht-form-field__input"><select class="utrecht-select utrecht-select--html-select" id="${fieldId('antwoord')}" name="antwoord">
  <option value="">${ctx.msg('questions:filter.anyAnswer')}</option>
  ${asked.map(
    ({ r, number }) => html`<optgroup label="${ctx.msg('questions:filter.questionNumber', { number, question: r.text })}">${r.counts.map((c) => {
      const value = `${r.questionId}:${c.value}`;
      return html`<option value="${value}"${raw(value === current ? ' selected' : '')}>${c.label}</option>`;
    })}</optgroup>`,
  )}
  </select></div>
</div>`;
}

/** An answer as a person reads it: the chosen options' labels (from the results), a scale value, or the text. */
function answerText(answer: unknown, labels: Map<string, string>): string {
  const label = (v: unknown) => labels.get(String(v)) ?? String(v);
  return Array.isArray(answer) ? answer.map(label).join(', ') : label(answer);
}

function responseItem(ctx: PageContext, r: ReadingRoomItem, questions: Map<string, string>, pickedFor: number[], labels: Map<string, string> = new Map(), analysis?: ReadingRoomAnalysis | null): SafeHtml {
  const m = ctx.msg;
  const who = r.onBehalfOf ? m('reading-room:item.organisation', { name: r.onBehalfOf }) : m('reading-room:item.person');
  return html`<li class="pb-card" id="reactie-${r.id}"><article aria-labelledby="kop-${r.id}">
<h3 class="utrecht-heading-3" id="kop-${r.id}">${who} — ${formatDate(ctx, r.submittedAt, true)}</h3>
<p class="utrecht-paragraph"><span class="pb-status">${m(`reading-room:status.${r.status}`)}</span> · ${r.public ? m('reading-room:item.public') : m('reading-room:item.notPublic')}${r.parentId ? html` · ${m('reading-room:item.reply')}` : ''} · ${m('reading-room:item.supports', { count: r.supportCount })}</p>
<p class="utrecht-paragraph pb-response-body">${r.body}</p>
${r.answers.map((a) => html`<p class="utrecht-paragraph"><strong>${questions.get(a.questionId) ?? a.questionId}</strong><br>${answerText(a.answer, labels)}</p>`)}
${readingRoomAttachments(ctx, r.attachments ?? [])}
${responseAnalysis(ctx, r, analysis, questions)}
${pickedFor.length ? html`<p class="utrecht-paragraph" data-picked="${r.id}">${m('reading-room:item.pickedFor', { topics: pickedFor.join(', ') })}</p>` : ''}
<div class="utrecht-form-field utrecht-form-field--checkbox"><div class="utrecht-form-field__input"><input type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" id="kies-${r.id}" name="kies" value="${r.id}"></div>
<div class="utrecht-form-field__label"><label class="utrecht-form-label utrecht-form-label--checkbox" for="kies-${r.id}">${m('reading-room:pick.this', { date: formatDate(ctx, r.submittedAt, true) })}</label></div></div>
</article></li>`;
}

/** Issue 11: the coordinator reads every response of a proposal, filters, exports and picks for the report. */
export function renderReadingRoom(ctx: PageContext, v: ReadingRoomView): SafeHtml {
  const m = ctx.msg;
  const title = m('reading-room:title', { title: v.proposalTitle });
  const base = `/coordinatie/voorstellen/${v.proposalId}/leeszaal`;
  const form = emptyForm({ zoek: v.filter.zoek ?? '', vraag: v.filter.vraag ?? '', antwoord: v.filter.antwoord ?? '', organisatie: v.filter.organisatie ?? '', openbaar: v.filter.openbaar ?? '', status: v.filter.status ?? '', bijlage: v.filter.bijlage ?? '', thema: v.filter.thema ?? '', standpunt: v.filter.standpunt ?? '' });
  if (v.filterError) form.errors.zoek = v.filterError;
  const questions = v.page?.questions ?? [];
  const yesNo = [
    { value: 'ja', label: m('reading-room:filter.yes') },
    { value: 'nee', label: m('reading-room:filter.no') },
  ];
  const pickedFor = new Map<string, number[]>();
  for (const p of v.picks) pickedFor.set(p.responseId, [...(pickedFor.get(p.responseId) ?? []), p.slot]);
  const questionText = new Map(questions.map((q) => [q.id, q.text]));
  const analysis = v.page?.analysis ?? null;
  // Option ids read as their labels (choice questions only: a scale value or a text stays as it is).
  const optionLabels = new Map((v.results ?? []).filter((r) => r.kind === 'single-choice' || r.kind === 'multiple-choice').flatMap((r) => r.counts.map((c) => [c.value, c.label] as const)));
  const exportQuery = (formaat: string) => query({ ...filterParams(v.filter), onderwerp: undefined, formaat });
  const back = query({ ...filterParams(v.filter), vanaf: v.cursor });
  return layout(ctx, {
    title,
    section: 'coordination',
    body: html`<p class="utrecht-paragraph"><a class="utrecht-link" href="/coordinatie">${m('reading-room:backToCoordination')}</a></p>
${heading1(title)}
<p class="utrecht-paragraph">${m('reading-room:intro')}</p>
${v.picked !== undefined ? alert(v.picked ? 'ok' : 'info', html`<p class="utrecht-paragraph">${v.picked ? m('reading-room:pick.done', { count: v.picked }) : m('reading-room:pick.nothing')} <a class="utrecht-link" href="/coordinatie/voorstellen/${v.proposalId}/verslag">${m('reading-room:pick.toReport')}</a></p>`) : ''}
${v.filterError ? html`<div class="utrecht-alert utrecht-alert--error pb-error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" id="error-summary"><div class="utrecht-alert__content"><div class="utrecht-alert__message"><h2 class="utrecht-heading-2" id="error-summary-title">${m('reading-room:filter.problem')}</h2><ul class="utrecht-unordered-list"><li class="utrecht-unordered-list__item"><a class="utrecht-link" href="#f-zoek">${v.filterError}</a></li></ul></div></div></div>` : ''}
<form method="get" action="${base}" class="pb-section" aria-label="${m('reading-room:filter.label')}"><div class="pb-filters">
${textField(ctx, form, { name: 'zoek', label: m('reading-room:filter.search'), hint: m('reading-room:filter.searchHint'), type: 'search', optional: true })}
${questions.length ? selectField(ctx, form, { name: 'vraag', label: m('reading-room:filter.question'), placeholder: m('reading-room:filter.anyQuestion'), options: questions.map((q) => ({ value: q.id, label: q.text })) }) : ''}
${answerFilter(ctx, form.values.antwoord, v.results ?? [])}
${selectField(ctx, form, { name: 'organisatie', label: m('reading-room:filter.organisation'), placeholder: m('reading-room:filter.all'), options: yesNo })}
${selectField(ctx, form, { name: 'openbaar', label: m('reading-room:filter.public'), placeholder: m('reading-room:filter.all'), options: yesNo })}
${selectField(ctx, form, { name: 'status', label: m('reading-room:filter.status'), placeholder: m('reading-room:filter.all'), options: STATUSES.map((s) => ({ value: s, label: m(`reading-room:status.${s}`) })) })}
${selectField(ctx, form, { name: 'bijlage', label: m('attachments:portal.withAttachment'), placeholder: m('reading-room:filter.all'), options: yesNo })}
${analysis ? analysisFilters(ctx, form, analysis, questionText) : ''}
</div>${v.filter.onderwerp ? html`<input type="hidden" name="onderwerp" value="${v.filter.onderwerp}">` : ''}<div class="pb-actions">${submitButton(m('reading-room:filter.apply'), 'secondary')} <a class="utrecht-link" href="${base}">${m('reading-room:filter.clear')}</a></div></form>
${v.unavailable ? unavailableMessage(ctx, v.unavailable) : ''}
${v.results?.length ? html`<section class="pb-section" aria-labelledby="uitkomsten"><h2 class="utrecht-heading-2" id="uitkomsten">${m('reading-room:results.heading')}</h2>${questionResults(ctx, v.results)}</section>` : ''}
${
  v.page
    ? html`<section class="pb-section" aria-labelledby="resultaten"><h2 class="utrecht-heading-2" id="resultaten">${v.page.totalExact ? m('reading-room:results', { count: v.page.total }) : m('reading-room:resultsMoreThan', { count: new Intl.NumberFormat(ctx.lang).format(v.page.total) })}</h2>
<p class="utrecht-paragraph">${m('reading-room:export.label')}: <a class="utrecht-link" href="${base}/export${exportQuery('csv')}" download>${m('reading-room:export.csv')}</a> · <a class="utrecht-link" href="${base}/export${exportQuery('xlsx')}" download>${m('reading-room:export.xlsx')}</a></p>
<form method="post" action="${base}/kiezen" novalidate>${csrfField(ctx)}<input type="hidden" name="terug" value="${back}">
${
  v.page.items.length
    ? html`<ul class="pb-cards">${v.page.items.map((r) => responseItem(ctx, r, questionText, pickedFor.get(r.id) ?? [], optionLabels, analysis))}</ul>
${selectField(ctx, emptyForm({ onderwerp: v.filter.onderwerp ?? '1' }), { name: 'onderwerp', label: m('reading-room:pick.topic'), hint: m('reading-room:pick.topicHint'), options: REPORT_SLOTS.map((i) => ({ value: String(i), label: m('reading-room:pick.topicNumber', { number: i }) })) })}
<div class="pb-actions">${submitButton(m('reading-room:pick.add'), 'primary', { name: 'actie', value: 'add' })} ${submitButton(m('reading-room:pick.remove'), 'secondary', { name: 'actie', value: 'remove' })}</div>`
    : html`<p class="utrecht-paragraph">${m('reading-room:none')}</p>`
}
</form>
${pager(ctx, base, filterParams(v.filter), v.page.next, v.cursor)}
</section>`
    : ''
}`,
  });
}

/** The export could not start (the list itself answered, so this is rare): a page that says so. */
export function renderExportFailed(ctx: PageContext, proposalId: string, unavailable?: 'timeout' | 'down' | 'error', detail?: string): SafeHtml {
  const title = ctx.msg('reading-room:export.failed');
  return layout(ctx, {
    title,
    section: 'coordination',
    body: html`${heading1(title)}${unavailable ? unavailableMessage(ctx, unavailable) : alert('error', html`<p class="utrecht-paragraph">${detail ?? title}</p>`, 'alert')}
<p class="utrecht-paragraph"><a class="utrecht-link" href="/coordinatie/voorstellen/${proposalId}/leeszaal">${ctx.msg('reading-room:backToReadingRoom')}</a></p>`,
  });
}
