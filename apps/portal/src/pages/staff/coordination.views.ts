import type { ProposalView } from '../../clients/consultations.types';
import type { ReportPick } from '../../clients/reading-room.types';
import type { ThemeOption } from '../../clients/strategy-themes';
import { alert, csrfField, emptyForm, errorSummary, fieldId, formatDate, FormState, radioGroup, selectField, submitButton, table, textArea, textField } from '../../web/components';
import { unavailableMessage } from '../../web/error-pages';
import { html, raw, SafeHtml } from '../../web/html';
import { label, PROPOSAL_STATUS_LABELS, themeLabel } from '../../web/labels';
import { heading1, layout } from '../../web/layout';
import type { PageContext } from '../../web/page-context';
import { pager } from '../../web/pager';

type Unavailable = 'timeout' | 'down' | 'error';

const DONE: Record<string, [string, string]> = {
  aangemaakt: ['Het concept is opgeslagen.', 'The draft has been saved.'],
  gepubliceerd: ['Het voorstel is gepubliceerd en opent op de ingestelde datum.', 'The proposal has been published and opens on the set date.'],
  verslag: ['Het consultatieverslag is gepubliceerd.', 'The consultation report has been published.'],
  compileren: ['Het jaaroverzicht wordt samengesteld.', 'The annual review is being compiled.'],
};

export interface CoordinationOverviewData {
  proposals: ProposalView[];
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
  const t = ctx.t;
  const title = t('Coördinatie', 'Coordination');
  return layout(ctx, {
    title,
    section: 'coordination',
    body: html`${heading1(title)}
${done && Object.hasOwn(DONE, done) ? alert('ok', html`<p class="utrecht-paragraph">${t(...DONE[done])}</p>`) : ''}
${failure ? unavailableMessage(ctx, failure) : ''}
<div class="pb-actions"><a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action utrecht-button utrecht-button--primary-action" href="/coordinatie/voorstellen/nieuw">${t('Nieuw voorstel', 'New proposal')}</a></div>
${table(
  t('Voorstellen', 'Proposals'),
  [t('Titel', 'Title'), t('Status', 'Status'), t('Thema', 'Theme'), t('Sluit', 'Closes'), t('Reacties', 'Responses'), t('Actie', 'Action')],
  proposals.map((p) => [
    html`<a class="utrecht-link" href="/consultaties/${p.id}">${p.title}</a>`,
    label(PROPOSAL_STATUS_LABELS, p.status, ctx.lang),
    themeLabel(themes, p.theme),
    formatDate(ctx, p.closesAt),
    String(p.responseCount ?? 0),
    p.status === 'draft'
      ? html`<form method="post" action="/coordinatie/voorstellen/${p.id}/publiceren">${csrfField(ctx)}<button type="submit" class="utrecht-button utrecht-button--secondary-action" aria-label="${t('Publiceren', 'Publish')}: ${p.title}">${t('Publiceren', 'Publish')}</button></form>`
      : html`<a class="utrecht-link" href="/coordinatie/voorstellen/${p.id}/leeszaal" aria-label="${ctx.msg('reading-room:open', { title: p.title })}">${ctx.msg('reading-room:link')}</a>${
          p.status === 'closed' ? html` · <a class="utrecht-link" href="/coordinatie/voorstellen/${p.id}/verslag">${t('Verslag schrijven', 'Write report')}</a>` : ''
        }`,
  ]),
)}
${pager(ctx, '/coordinatie', {}, next, cursor)}
<h2 class="utrecht-heading-2">${t('Wijzigingen van de strategie', 'Strategy amendments')}</h2>
<p class="utrecht-paragraph"><a class="utrecht-link" href="/coordinatie/wijzigingen?jaar=${String(year)}">${t('Wijzigingen voorstellen en besluiten', 'Propose and decide amendments')}</a></p>
<h2 class="utrecht-heading-2">${t('Jaaroverzicht', 'Annual review')}</h2>
<form method="post" action="/coordinatie/jaaroverzichten" novalidate>${csrfField(ctx)}
${textField(ctx, emptyForm({ year: String(year) }), { name: 'year', label: t('Jaar', 'Year'), inputmode: 'numeric', width: 'xs' })}
<div class="pb-actions">${submitButton(t('Jaaroverzicht samenstellen', 'Compile annual review'), 'secondary')}</div></form>`,
  });
}

/** A new proposal; the theme is a choice when the strategy's themes are known, a code otherwise. */
export function renderProposalForm(ctx: PageContext, form: FormState, themes: ThemeOption[], unavailable?: Unavailable, general?: string): SafeHtml {
  const t = ctx.t;
  const title = t('Nieuw voorstel', 'New proposal');
  const labels = { title: t('Titel', 'Title'), summary: t('Samenvatting', 'Summary'), body: t('Tekst', 'Text'), theme: t('Thema', 'Theme'), questions: t('Vragen', 'Questions'), documents: t('Documenten', 'Documents'), opensAt: t('Opent', 'Opens'), closesAt: t('Sluit', 'Closes'), moderation: t('Moderatie', 'Moderation') };
  return layout(ctx, {
    title,
    section: 'coordination',
    body: html`${heading1(title)}
${unavailable ? unavailableMessage(ctx, unavailable) : ''}
${errorSummary(ctx, form, general, labels)}
<form method="post" action="/coordinatie/voorstellen/nieuw" novalidate>${csrfField(ctx)}
${textField(ctx, form, { name: 'title', label: labels.title })}
${textArea(ctx, form, { name: 'summary', label: labels.summary, rows: 3 })}
${textArea(ctx, form, { name: 'body', label: labels.body, hint: t('Markdown is toegestaan.', 'Markdown is allowed.'), rows: 10 })}
${
  themes.length
    ? selectField(ctx, form, { name: 'theme', label: labels.theme, placeholder: t('Kies een thema', 'Choose a theme'), options: themes.map((th) => ({ value: th.code, label: `${th.code} ${th.title}` })) })
    : textField(ctx, form, { name: 'theme', label: labels.theme, width: 'sm' })
}
${textArea(ctx, form, { name: 'questions', label: labels.questions, hint: t('Eén vraag per regel.', 'One question per line.'), optional: true, rows: 4 })}
${textArea(ctx, form, { name: 'documents', label: labels.documents, hint: t('Eén per regel: titel | https://adres', 'One per line: title | https://address'), optional: true, rows: 3 })}
${textField(ctx, form, { name: 'opensAt', label: labels.opensAt, type: 'datetime-local', hint: t('Nederlandse tijd.', 'Dutch time.'), width: 'md' })}
${textField(ctx, form, { name: 'closesAt', label: labels.closesAt, type: 'datetime-local', hint: t('Nederlandse tijd.', 'Dutch time.'), width: 'md' })}
${radioGroup(ctx, form, { name: 'moderation', legend: labels.moderation, options: [{ value: 'post', label: t('Achteraf (reacties verschijnen direct)', 'Afterwards (responses appear at once)') }, { value: 'pre', label: t('Vooraf (een moderator keurt eerst)', 'Beforehand (a moderator approves first)') }] })}
<div class="pb-actions">${submitButton(t('Concept opslaan', 'Save draft'))}</div>
</form>`,
  });
}

/** Publishing a draft failed: the service's reason, or that it did not answer. */
export function renderPublishFailed(ctx: PageContext, unavailable: Unavailable | undefined, detail: string | undefined): SafeHtml {
  const title = ctx.t('Publiceren mislukt', 'Publishing failed');
  return layout(ctx, {
    title,
    section: 'coordination',
    body: html`${heading1(title)}${unavailable ? unavailableMessage(ctx, unavailable) : alert('error', html`<p class="utrecht-paragraph">${detail ?? ''}</p>`, 'alert')}<p class="utrecht-paragraph"><a class="utrecht-link" href="/coordinatie">${ctx.t('Terug', 'Back')}</a></p>`,
  });
}

/** Compiling an annual review was refused (no year, or the review said no) or not answered. */
export function renderCompileFailed(ctx: PageContext, unavailable: Unavailable | undefined, message: string): SafeHtml {
  const title = ctx.t('Jaaroverzicht samenstellen', 'Compile annual review');
  return layout(ctx, {
    title,
    section: 'coordination',
    body: html`${heading1(title)}${unavailable ? unavailableMessage(ctx, unavailable) : alert('error', html`<p class="utrecht-paragraph">${message}</p>`, 'alert')}<p class="utrecht-paragraph"><a class="utrecht-link" href="/coordinatie">${ctx.t('Terug', 'Back')}</a></p>`,
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
): SafeHtml {
  const t = ctx.t;
  const title = `${t('Consultatieverslag', 'Consultation report')}: ${proposalTitle}`;
  return layout(ctx, {
    title,
    section: 'coordination',
    body: html`${heading1(title)}
${unavailable ? unavailableMessage(ctx, unavailable) : ''}
${errorSummary(ctx, form, general)}
<form method="post" action="/coordinatie/voorstellen/${id}/verslag" novalidate>${csrfField(ctx)}
${textArea(ctx, form, { name: 'summary', label: t('Samenvatting van de consultatie', 'Summary of the consultation'), hint: t('Markdown is toegestaan.', 'Markdown is allowed.'), rows: 6 })}
${[1, 2, 3].map(
  (i) => html`<fieldset class="utrecht-form-fieldset"><legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">${t('Thema uit de reacties', 'Theme from the responses')} ${i}${i > 1 ? ` (${t('niet verplicht', 'optional')})` : ''}</legend>
${textField(ctx, form, { name: `topic.${i}`, label: t('Onderwerp', 'Topic') })}
${textArea(ctx, form, { name: `answer.${i}`, label: t('Antwoord', 'Answer'), rows: 4 })}
${pickedResponses(ctx, id, i, form, picks)}
</fieldset>`,
)}
<div class="pb-actions">${submitButton(t('Verslag publiceren', 'Publish report'))}</div>
</form>`,
  });
}
