import { reportLink } from './report-link.views';
import { auditTrailLink, splitSection } from './split.views';
import { suggestionPanel } from './suggestion.views';
import { routingNote, templatePicker } from './answer-templates.views';
import type { OfficialReport } from '../../clients/loket.types';
import { resolutionOf } from '../../clients/loket.types';
import type { ThemeOption } from '../../clients/strategy-themes';
import { alert, checkbox, csrfField, dataList, errorSummary, formatDate, FormState, radioGroup, selectField, submitButton, textArea, textField } from '../../web/components';
import { unavailableMessage } from '../../web/error-pages';
import { html, SafeHtml } from '../../web/html';
import { departmentOptions, label, options, themeLabel } from '../../web/labels';
import { heading1, layout } from '../../web/layout';
import { hasRole, PageContext } from '../../web/page-context';

const CLOSED = ['resolved', 'duplicate', 'rejected', 'closed'];

/** What an official can do on a report; each answers with its own confirmation. */
export type OfficialAction = 'triage' | 'start' | 'message' | 'duplicate' | 'resolve' | 'split';

export function isOfficialAction(value: unknown): value is OfficialAction {
  return typeof value === 'string' && Object.hasOwn(DONE, value);
}

/** Each action's confirmation is `officials:report.doneNotice.<action>` in the catalogue (a split's: `split:official.done`). */
const DONE: Record<OfficialAction, true> = { triage: true, start: true, message: true, duplicate: true, resolve: true, split: true };

/** The report page when the loket did not answer. */
export function renderReportUnavailable(ctx: PageContext, reference: string, reason: 'timeout' | 'down' | 'error'): SafeHtml {
  const title = `${ctx.msg('officials:report.report')} ${reference}`;
  return layout(ctx, { title, section: 'queue', body: html`${heading1(title)}${unavailableMessage(ctx, reason)}` });
}

/**
 * One report for an official: timeline, duplicates, and the forms to triage, ask, link and resolve.
 * `done` names the action that just succeeded; `unavailable` says the loket did not answer it.
 */
export function renderReportDetail(ctx: PageContext, r: OfficialReport, themes: ThemeOption[], form: FormState, o: { done?: OfficialAction; unavailable?: 'timeout' | 'down' | 'error'; general?: string } = {}): SafeHtml {
  const general = o.unavailable ? undefined : o.general;
  const doneText = o.done === 'split' ? ctx.msg('split:official.done') : o.done ? ctx.msg(`officials:report.doneNotice.${o.done}`) : '';
  const banner = o.unavailable ? unavailableMessage(ctx, o.unavailable) : o.done ? alert('ok', html`<p class="utrecht-paragraph">${doneText}</p>`) : '';
  const closed = CLOSED.includes(r.status);
  const resolution = resolutionOf(r);
  const withDefaults: FormState = {
    errors: form.errors,
    values: { theme: r.theme ?? '', priority: r.priority ?? 'normal', department: r.department ?? ctx.principal?.department ?? '', ...form.values },
  };
  const themeField = themes.length
    ? selectField(ctx, withDefaults, { name: 'theme', label: ctx.msg('officials:report.strategyTheme'), placeholder: ctx.msg('officials:report.chooseATheme'), options: themes.map((th) => ({ value: th.code, label: `${th.code} ${th.title}` })) })
    : textField(ctx, withDefaults, { name: 'theme', label: ctx.msg('officials:report.strategyThemeCode'), hint: ctx.msg('officials:report.forExample212'), width: 'sm' });
  const title = `${ctx.msg('officials:report.report')} ${r.reference}`;
  // Beside the triage form: the candidates the loket ranked, so linking or triaging is one decision.
  const possibleDuplicates = html`<section class="pb-card" aria-labelledby="dubbel">
<h3 class="utrecht-heading-3" id="dubbel">${ctx.msg('officials:report.possibleDuplicates')}</h3>
${
  r.possibleDuplicates?.length
    ? html`<ul class="utrecht-unordered-list">${r.possibleDuplicates.map((d) => html`<li class="utrecht-unordered-list__item"><a class="utrecht-link" href="/behandelen/${d.reference}">${d.reference}</a> ${d.title ?? ''}${d.score !== undefined ? ` (${Math.round(d.score * 100)}%)` : ''}</li>`)}</ul>`
    : html`<p class="utrecht-paragraph">${ctx.msg('officials:report.noneFound')}</p>`
}
<form method="post" action="/behandelen/${r.reference}/dubbel" novalidate>
${csrfField(ctx)}
${textField(ctx, withDefaults, { name: 'originalReference', label: ctx.msg('officials:report.referenceOfTheOriginalReport'), hint: ctx.msg('officials:report.forExampleLkt2026000001'), width: 'md' })}
<div class="pb-actions">${submitButton(ctx.msg('officials:report.linkAsDuplicate'), 'secondary')}</div>
</form>
</section>`;
  // The front office (intake without the official role) triages, asks and links, and may only turn a
  // report away as not admissible: handling and the outcome are the department's (the loket enforces it).
  const intakeOnly = !hasRole(ctx, 'official');
  const outcomes = options(ctx, 'outcome').filter((o) => !intakeOnly || o.value === 'not-admissible');
  return layout(ctx, {
    title,
    section: 'queue',
    body: html`<p class="utrecht-paragraph"><a class="utrecht-link" href="/behandelen">${ctx.msg('officials:report.backToTheWorkQueue')}</a></p>
${heading1(title)}
${auditTrailLink(ctx, r.reference)}
${banner}
${errorSummary(ctx, withDefaults, general)}
<div class="pb-desk">
<div class="pb-desk__case">
<p class="utrecht-paragraph"><strong>${r.title ?? ''}</strong></p>
${dataList([
  [ctx.msg('officials:report.status'), html`<span class="pb-status" id="report-status">${label(ctx, 'status', r.status)}</span>${r.overdue ? html` <span class="pb-overdue">${ctx.msg('officials:report.overdue')}</span>` : ''}`],
  [ctx.msg('officials:report.received'), formatDate(ctx, r.receivedAt, true)],
  [ctx.msg('officials:report.triageBy'), formatDate(ctx, r.deadlines?.triageBy)],
  [ctx.msg('officials:report.answerBy'), formatDate(ctx, r.deadlines?.answerBy)],
  [ctx.msg('officials:report.theme'), themeLabel(themes, r.theme)],
  [ctx.msg('officials:report.priority'), label(ctx, 'priority', r.priority)],
  [ctx.msg('officials:report.ministry'), r.department ?? '—'],
  [ctx.msg('officials:report.technology'), label(ctx, 'technology', r.technology)],
  [ctx.msg('officials:report.sector'), label(ctx, 'sector', r.sector)],
  [ctx.msg('officials:report.regulation'), [r.regulation?.name, r.regulation?.article ? `art. ${r.regulation.article}` : '', r.regulation?.bwbId].filter(Boolean).join(', ')],
  [ctx.msg('officials:report.company'), [r.company?.name, r.company?.kvkNumber ? `KvK ${r.company.kvkNumber}` : '', r.company?.sizeClass ? label(ctx, 'size', r.company.sizeClass) : ''].filter(Boolean).join(', ')],
  [ctx.msg('officials:report.contact'), r.contact ? [r.contact.name, r.contact.email, r.contact.phone].filter(Boolean).join(', ') : '—'],
  [ctx.msg('officials:report.publicationAllowed'), r.consent ? (r.consent.publish ? ctx.msg('officials:report.yes') : ctx.msg('officials:report.no')) : '—'],
])}
${routingNote(ctx, r.routing)}
<h2 class="utrecht-heading-2">${ctx.msg('officials:report.description')}</h2>
<p class="utrecht-paragraph">${r.description ?? ''}</p>
${r.impact ? html`<h3 class="utrecht-heading-3">${ctx.msg('officials:report.impact')}</h3><p class="utrecht-paragraph">${r.impact}</p>` : ''}
${r.suggestedSolution ? html`<h3 class="utrecht-heading-3">${ctx.msg('officials:report.suggestedSolution')}</h3><p class="utrecht-paragraph">${r.suggestedSolution}</p>` : ''}
${resolution ? html`<h2 class="utrecht-heading-2">${ctx.msg('officials:report.outcome')}</h2>${alert('info', html`<p class="utrecht-paragraph"><strong>${label(ctx, 'outcome', resolution.outcome)}</strong></p><p class="utrecht-paragraph">${resolution.explanation ?? ''}</p>`)}` : ''}
${r.originalReference ? html`<p class="utrecht-paragraph">${ctx.msg('officials:report.duplicateOf')} ${reportLink(ctx, r.originalReference, r.originalInScope)}</p>` : ''}
${r.duplicates?.length ? html`<p class="utrecht-paragraph">${ctx.msg('officials:report.linkedDuplicates')} ${r.duplicates.map((d, i) => html`${i ? ', ' : ''}${reportLink(ctx, d.reference, d.inScope)}`)}</p>` : ''}
${splitSection(ctx, r, withDefaults)}

<h2 class="utrecht-heading-2">${ctx.msg('officials:report.timeline')}</h2>
<ol class="pb-timeline">${(r.timeline ?? []).map((e) => html`<li><strong>${label(ctx, 'status', e.status)}</strong> — ${formatDate(ctx, e.at, true)}</li>`)}</ol>

<h2 class="utrecht-heading-2">${ctx.msg('officials:report.messagesAndNotes')}</h2>
${(r.messages ?? []).length ? (r.messages ?? []).map((m) => html`<div class="pb-message${m.internal ? ' pb-message--internal' : ''}"><p class="utrecht-paragraph"><strong>${m.internal ? ctx.msg('officials:report.internalNote') : m.from === 'reporter' ? ctx.msg('officials:report.reporter') : ctx.msg('officials:report.toTheReporter')}</strong> — ${formatDate(ctx, m.at, true)}</p><p class="utrecht-paragraph">${m.body}</p></div>`) : html`<p class="utrecht-paragraph">${ctx.msg('officials:report.noMessagesYet')}</p>`}
</div>
${
  closed
    ? ''
    : html`<div class="pb-desk__actions">
<section class="pb-desk__block" aria-labelledby="triage">
<h2 class="utrecht-heading-2" id="triage">${ctx.msg('officials:report.triage')}</h2>
<p class="utrecht-paragraph">${ctx.msg('officials:report.theme')}: <strong>${themeLabel(themes, r.theme)}</strong></p>
${r.status === 'received' ? suggestionPanel(ctx, r.reference, r.suggestion, themes) : ''}
${possibleDuplicates}
<form method="post" action="/behandelen/${r.reference}/beoordelen" id="triage-form" novalidate>
${csrfField(ctx)}
${themeField}
${radioGroup(ctx, withDefaults, { name: 'priority', legend: ctx.msg('officials:report.priority'), options: options(ctx, 'priority') })}
${selectField(ctx, withDefaults, { name: 'department', label: ctx.msg('officials:report.ministry'), placeholder: ctx.msg('officials:report.chooseAMinistry'), options: departmentOptions(ctx, withDefaults.values.department) })}
${textField(ctx, withDefaults, { name: 'handler', label: ctx.msg('officials:report.handlerId'), hint: ctx.msg('officials:report.leaveEmptyYourself'), optional: true, width: 'md' })}
<div class="pb-actions">${submitButton(ctx.msg('officials:report.saveTriage'))}</div>
</form>
${
  r.status === 'triaged' && !intakeOnly
    ? html`<form method="post" action="/behandelen/${r.reference}/in-behandeling">${csrfField(ctx)}<div class="pb-actions">${submitButton(ctx.msg('officials:report.startHandling'), 'secondary')}</div></form>`
    : ''
}
</section>
<section class="pb-desk__block" aria-labelledby="bericht">
<h2 class="utrecht-heading-2" id="bericht">${ctx.msg('officials:report.messageOrNote')}</h2>
${templatePicker(ctx, r.reference, r.answerTemplates, 'question')}
<form method="post" action="/behandelen/${r.reference}/berichten" novalidate>
${csrfField(ctx)}
${textArea(ctx, withDefaults, { name: 'body', label: ctx.msg('officials:report.text'), hint: ctx.msg('officials:report.aQuestionToTheReporterOr'), rows: 4 })}
${checkbox(ctx, withDefaults, { name: 'internal', label: ctx.msg('officials:report.internalNoteTheReporterNeverSees') })}
<div class="pb-actions">${submitButton(ctx.msg('officials:report.save'), 'secondary')}</div>
</form>
</section>
<section class="pb-desk__block" aria-labelledby="afhandelen">
<h2 class="utrecht-heading-2" id="afhandelen">${intakeOnly ? ctx.msg('officials:report.declareNotAdmissible') : ctx.msg('officials:report.resolve')}</h2>
${templatePicker(ctx, r.reference, r.answerTemplates, 'resolve', outcomes.map((o) => o.value))}
<form method="post" action="/behandelen/${r.reference}/afhandelen" novalidate>
${csrfField(ctx)}
${radioGroup(ctx, withDefaults, { name: 'outcome', legend: ctx.msg('officials:report.outcome'), options: outcomes })}
${textArea(ctx, withDefaults, { name: 'explanation', label: ctx.msg('officials:report.explanationForTheReporter'), hint: ctx.msg('officials:report.atLeast10CharactersTheReporter'), rows: 5 })}
<div class="pb-actions">${submitButton(ctx.msg('officials:report.resolveReport'))}</div>
</form>
</section>
</div>`
}
</div>`,
  });
}
