import type { OfficialReport } from '../../clients/loket.types';
import { resolutionOf } from '../../clients/loket.types';
import type { ThemeOption } from '../../clients/strategy-themes';
import { alert, checkbox, csrfField, dataList, errorSummary, formatDate, FormState, radioGroup, selectField, submitButton, textArea, textField } from '../../web/components';
import { unavailableMessage } from '../../web/error-pages';
import { html, SafeHtml } from '../../web/html';
import { DEPARTMENTS, label, options, OUTCOME_LABELS, PRIORITY_LABELS, SECTOR_LABELS, SIZE_LABELS, STATUS_LABELS, TECHNOLOGY_LABELS, themeLabel } from '../../web/labels';
import { heading1, layout } from '../../web/layout';
import { hasRole, PageContext } from '../../web/page-context';

const CLOSED = ['resolved', 'duplicate', 'rejected'];

/** What an official can do on a report; each answers with its own confirmation. */
export type OfficialAction = 'triage' | 'start' | 'message' | 'duplicate' | 'resolve';

export function isOfficialAction(value: unknown): value is OfficialAction {
  return typeof value === 'string' && Object.hasOwn(DONE, value);
}

const DONE: Record<OfficialAction, [string, string]> = {
  triage: ['De melding is beoordeeld.', 'The report has been triaged.'],
  start: ['De melding is in behandeling genomen.', 'The report is now in progress.'],
  message: ['Het bericht is opgeslagen.', 'The message has been saved.'],
  duplicate: ['De melding is gekoppeld als dubbele melding.', 'The report has been linked as a duplicate.'],
  resolve: ['De melding is afgehandeld; de melder krijgt bericht.', 'The report has been resolved; the reporter is notified.'],
};

/** The report page when the loket did not answer. */
export function renderReportUnavailable(ctx: PageContext, reference: string, reason: 'timeout' | 'down' | 'error'): SafeHtml {
  const title = `${ctx.t('Melding', 'Report')} ${reference}`;
  return layout(ctx, { title, section: 'queue', body: html`${heading1(title)}${unavailableMessage(ctx, reason)}` });
}

/**
 * One report for an official: timeline, duplicates, and the forms to triage, ask, link and resolve.
 * `done` names the action that just succeeded; `unavailable` says the loket did not answer it.
 */
export function renderReportDetail(ctx: PageContext, r: OfficialReport, themes: ThemeOption[], form: FormState, o: { done?: OfficialAction; unavailable?: 'timeout' | 'down' | 'error'; general?: string } = {}): SafeHtml {
  const t = ctx.t;
  const general = o.unavailable ? undefined : o.general;
  const banner = o.unavailable ? unavailableMessage(ctx, o.unavailable) : o.done ? alert('ok', html`<p class="utrecht-paragraph">${t(...DONE[o.done])}</p>`) : '';
  const closed = CLOSED.includes(r.status);
  const resolution = resolutionOf(r);
  const withDefaults: FormState = {
    errors: form.errors,
    values: { theme: r.theme ?? '', priority: r.priority ?? 'normal', department: r.department ?? ctx.principal?.department ?? '', ...form.values },
  };
  const themeField = themes.length
    ? selectField(ctx, withDefaults, { name: 'theme', label: t('Thema van de strategie', 'Strategy theme'), placeholder: t('Kies een thema', 'Choose a theme'), options: themes.map((th) => ({ value: th.code, label: `${th.code} ${th.title}` })) })
    : textField(ctx, withDefaults, { name: 'theme', label: t('Thema van de strategie (code)', 'Strategy theme (code)'), hint: t('Bijvoorbeeld 2.1.2', 'For example 2.1.2'), width: 'sm' });
  const title = `${t('Melding', 'Report')} ${r.reference}`;
  // The front office (intake without the official role) triages, asks and links, and may only turn a
  // report away as not admissible: handling and the outcome are the department's (the loket enforces it).
  const intakeOnly = !hasRole(ctx, 'official');
  const outcomes = options(OUTCOME_LABELS, ctx.lang).filter((o) => !intakeOnly || o.value === 'not-admissible');
  return layout(ctx, {
    title,
    section: 'queue',
    body: html`<p class="utrecht-paragraph"><a class="utrecht-link" href="/behandelen">${t('Terug naar de werkvoorraad', 'Back to the work queue')}</a></p>
${heading1(title)}
${hasRole(ctx, 'admin') ? html`<p class="utrecht-paragraph"><a class="utrecht-link" href="/behandelen/${r.reference}/auditlog">${t('Auditlog van deze melding', 'Audit log of this report')}</a></p>` : ''}
${banner}
${errorSummary(ctx, withDefaults, general)}
<p class="utrecht-paragraph"><strong>${r.title ?? ''}</strong></p>
${dataList([
  [t('Status', 'Status'), html`<span class="pb-status" id="report-status">${label(STATUS_LABELS, r.status, ctx.lang)}</span>${r.overdue ? html` <span class="pb-overdue">${t('te laat', 'overdue')}</span>` : ''}`],
  [t('Ontvangen', 'Received'), formatDate(ctx, r.receivedAt, true)],
  [t('Beoordelen vóór', 'Triage by'), formatDate(ctx, r.deadlines?.triageBy)],
  [t('Beantwoorden vóór', 'Answer by'), formatDate(ctx, r.deadlines?.answerBy)],
  [t('Thema', 'Theme'), themeLabel(themes, r.theme)],
  [t('Prioriteit', 'Priority'), label(PRIORITY_LABELS, r.priority, ctx.lang)],
  [t('Ministerie', 'Ministry'), r.department ?? '—'],
  [t('Technologie', 'Technology'), label(TECHNOLOGY_LABELS, r.technology, ctx.lang)],
  [t('Sector', 'Sector'), label(SECTOR_LABELS, r.sector, ctx.lang)],
  [t('Regelgeving', 'Regulation'), [r.regulation?.name, r.regulation?.article ? `art. ${r.regulation.article}` : '', r.regulation?.bwbId].filter(Boolean).join(', ')],
  [t('Bedrijf', 'Company'), [r.company?.name, r.company?.kvkNumber ? `KvK ${r.company.kvkNumber}` : '', r.company?.sizeClass ? label(SIZE_LABELS, r.company.sizeClass, ctx.lang) : ''].filter(Boolean).join(', ')],
  [t('Contactpersoon', 'Contact'), r.contact ? [r.contact.name, r.contact.email, r.contact.phone].filter(Boolean).join(', ') : '—'],
  [t('Publicatie toegestaan', 'Publication allowed'), r.consent ? (r.consent.publish ? t('Ja', 'Yes') : t('Nee', 'No')) : '—'],
])}
<h2 class="utrecht-heading-2">${t('Omschrijving', 'Description')}</h2>
<p class="utrecht-paragraph">${r.description ?? ''}</p>
${r.impact ? html`<h3 class="utrecht-heading-3">${t('Gevolgen', 'Impact')}</h3><p class="utrecht-paragraph">${r.impact}</p>` : ''}
${r.suggestedSolution ? html`<h3 class="utrecht-heading-3">${t('Voorgestelde oplossing', 'Suggested solution')}</h3><p class="utrecht-paragraph">${r.suggestedSolution}</p>` : ''}
${resolution ? html`<h2 class="utrecht-heading-2">${t('Uitkomst', 'Outcome')}</h2>${alert('info', html`<p class="utrecht-paragraph"><strong>${label(OUTCOME_LABELS, resolution.outcome, ctx.lang)}</strong></p><p class="utrecht-paragraph">${resolution.explanation ?? ''}</p>`)}` : ''}
${r.originalReference ? html`<p class="utrecht-paragraph">${t('Dubbele melding van', 'Duplicate of')} <a class="utrecht-link" href="/behandelen/${r.originalReference}">${r.originalReference}</a></p>` : ''}
${r.duplicates?.length ? html`<p class="utrecht-paragraph">${t('Gekoppelde dubbele meldingen:', 'Linked duplicates:')} ${r.duplicates.map((d, i) => html`${i ? ', ' : ''}<a class="utrecht-link" href="/behandelen/${d.reference}">${d.reference}</a>`)}</p>` : ''}

<h2 class="utrecht-heading-2">${t('Verloop', 'Timeline')}</h2>
<ol class="pb-timeline">${(r.timeline ?? []).map((e) => html`<li><strong>${label(STATUS_LABELS, e.status, ctx.lang)}</strong> — ${formatDate(ctx, e.at, true)}</li>`)}</ol>

<h2 class="utrecht-heading-2">${t('Berichten en notities', 'Messages and notes')}</h2>
${(r.messages ?? []).length ? (r.messages ?? []).map((m) => html`<div class="pb-message${m.internal ? ' pb-message--internal' : ''}"><p class="utrecht-paragraph"><strong>${m.internal ? t('Interne notitie', 'Internal note') : m.from === 'reporter' ? t('Melder', 'Reporter') : t('Aan de melder', 'To the reporter')}</strong> — ${formatDate(ctx, m.at, true)}</p><p class="utrecht-paragraph">${m.body}</p></div>`) : html`<p class="utrecht-paragraph">${t('Nog geen berichten.', 'No messages yet.')}</p>`}

${
  closed
    ? ''
    : html`
<h2 class="utrecht-heading-2" id="triage">${t('Beoordelen', 'Triage')}</h2>
<form method="post" action="/behandelen/${r.reference}/beoordelen" novalidate>
${csrfField(ctx)}
${themeField}
${radioGroup(ctx, withDefaults, { name: 'priority', legend: t('Prioriteit', 'Priority'), options: options(PRIORITY_LABELS, ctx.lang) })}
${selectField(ctx, withDefaults, { name: 'department', label: t('Ministerie', 'Ministry'), placeholder: t('Kies een ministerie', 'Choose a ministry'), options: DEPARTMENTS.map((d) => ({ value: d, label: d })) })}
${textField(ctx, withDefaults, { name: 'handler', label: t('Behandelaar (id)', 'Handler (id)'), hint: t('Leeg laten: uzelf.', 'Leave empty: yourself.'), optional: true, width: 'md' })}
<div class="pb-actions">${submitButton(t('Beoordeling opslaan', 'Save triage'))}</div>
</form>
${
  r.status === 'triaged' && !intakeOnly
    ? html`<form method="post" action="/behandelen/${r.reference}/in-behandeling">${csrfField(ctx)}<div class="pb-actions">${submitButton(t('In behandeling nemen', 'Start handling'), 'secondary')}</div></form>`
    : ''
}

<h2 class="utrecht-heading-2" id="bericht">${t('Bericht of notitie', 'Message or note')}</h2>
<form method="post" action="/behandelen/${r.reference}/berichten" novalidate>
${csrfField(ctx)}
${textArea(ctx, withDefaults, { name: 'body', label: t('Tekst', 'Text'), hint: t('Een vraag aan de melder, of een interne notitie.', 'A question to the reporter, or an internal note.'), rows: 4 })}
${checkbox(ctx, withDefaults, { name: 'internal', label: t('Interne notitie (de melder ziet dit nooit)', 'Internal note (the reporter never sees this)') })}
<div class="pb-actions">${submitButton(t('Opslaan', 'Save'), 'secondary')}</div>
</form>

<h2 class="utrecht-heading-2" id="dubbel">${t('Mogelijke dubbele meldingen', 'Possible duplicates')}</h2>
${
  r.possibleDuplicates?.length
    ? html`<ul class="utrecht-unordered-list">${r.possibleDuplicates.map((d) => html`<li class="utrecht-unordered-list__item"><a class="utrecht-link" href="/behandelen/${d.reference}">${d.reference}</a> ${d.title ?? ''}${d.score !== undefined ? ` (${Math.round(d.score * 100)}%)` : ''}</li>`)}</ul>`
    : html`<p class="utrecht-paragraph">${t('Geen gevonden.', 'None found.')}</p>`
}
<form method="post" action="/behandelen/${r.reference}/dubbel" novalidate>
${csrfField(ctx)}
${textField(ctx, withDefaults, { name: 'originalReference', label: t('Referentie van de oorspronkelijke melding', 'Reference of the original report'), hint: t('Bijvoorbeeld LKT-2026-000001', 'For example LKT-2026-000001'), width: 'md' })}
<div class="pb-actions">${submitButton(t('Koppelen als dubbel', 'Link as duplicate'), 'secondary')}</div>
</form>

<h2 class="utrecht-heading-2" id="afhandelen">${intakeOnly ? t('Niet ontvankelijk verklaren', 'Declare not admissible') : t('Afhandelen', 'Resolve')}</h2>
<form method="post" action="/behandelen/${r.reference}/afhandelen" novalidate>
${csrfField(ctx)}
${radioGroup(ctx, withDefaults, { name: 'outcome', legend: t('Uitkomst', 'Outcome'), options: outcomes })}
${textArea(ctx, withDefaults, { name: 'explanation', label: t('Toelichting voor de melder', 'Explanation for the reporter'), hint: t('Minimaal 10 tekens. De melder leest dit; bij publicatie ook het register.', 'At least 10 characters. The reporter reads this; if published, so does the register.'), rows: 5 })}
<div class="pb-actions">${submitButton(t('Melding afhandelen', 'Resolve report'))}</div>
</form>`
}`,
  });
}
