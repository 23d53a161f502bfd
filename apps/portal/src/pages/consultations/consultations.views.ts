import type { ProposalView, PublicResponse } from '../../clients/consultations.types';
import type { QuestionResult } from '../../clients/reading-room.types';
import type { ThemeOption } from '../../clients/strategy-themes';
import { questionResults } from '../../web/question-results';
import { alert, csrfField, emptyForm, errorSummary, fieldId, formatDate, FormState, radioGroup, selectField, submitButton, textArea, textField } from '../../web/components';
import { unavailableMessage } from '../../web/error-pages';
import { html, raw, SafeHtml } from '../../web/html';
import { FLAG_REASON_LABELS, label, options, PROPOSAL_STATUS_LABELS, themeLabel } from '../../web/labels';
import { heading1, layout } from '../../web/layout';
import type { PageContext } from '../../web/page-context';
import { pager } from '../../web/pager';

export const PUBLIC_STATUSES = ['open', 'scheduled', 'closed', 'answered'];

/** What a citizen just did, confirmed at the top of the proposal. */
export type ConsultationNotice = 'verstuurd' | 'steun' | 'gemeld' | 'bevestigd';

export interface ConsultationListData {
  items: ProposalView[];
  next: string | null;
  cursor?: string;
  /** The filters: a public status, and a theme code when chosen. */
  wanted: string;
  themeCode?: string;
  themes: ThemeOption[];
}

/** Journeys 5 and 6 for citizens: consultations by status and theme. */
export function renderConsultationList(ctx: PageContext, { items, next, cursor, wanted, themeCode, themes }: ConsultationListData): SafeHtml {
  const t = ctx.t;
  const title = t('Consultaties', 'Consultations');
  const form = emptyForm({ status: wanted, thema: themeCode ?? '' });
  const filters = html`<form method="get" action="/consultaties" class="pb-section" aria-label="${t('Filters', 'Filters')}"><div class="pb-filters">
${selectField(ctx, form, { name: 'status', label: t('Status', 'Status'), options: PUBLIC_STATUSES.map((s) => ({ value: s, label: label(PROPOSAL_STATUS_LABELS, s, ctx.lang) })) })}
${selectField(ctx, form, { name: 'thema', label: t('Thema', 'Theme'), placeholder: t('Alle thema’s', 'All themes'), options: themes.map((th) => ({ value: th.code, label: `${th.code} ${th.title}` })) })}
</div><div class="pb-actions">${submitButton(t('Tonen', 'Show'), 'secondary')}</div></form>`;
  const themeTitle = new Map(themes.map((th) => [th.code, th.title]));
  return layout(ctx, {
    title,
    section: 'consultations',
    body: html`${heading1(title)}
<p class="utrecht-paragraph">${t('Reageer op voorstellen voor de Digitaliseringsstrategie zolang de consultatie open is.', 'Respond to proposals for the Digitalisation Strategy while the consultation is open.')}</p>
${filters}
${
  items.length
    ? html`<ul class="pb-cards">${items.map(
        (p) => html`<li class="pb-card"><h2 class="utrecht-heading-3"><a class="utrecht-link" href="/consultaties/${p.id}">${p.title}</a></h2>
<p class="utrecht-paragraph">${p.summary}</p>
<p class="utrecht-paragraph">${t('Thema', 'Theme')}: ${p.theme} ${themeTitle.get(p.theme) ?? ''}<br>${label(PROPOSAL_STATUS_LABELS, p.status, ctx.lang)} · ${t('sluit', 'closes')} ${formatDate(ctx, p.closesAt)} · ${ctx.msg('common:count.responses', { count: p.responseCount ?? 0 })}</p></li>`,
      )}</ul>`
    : html`<p class="utrecht-paragraph">${t('Er zijn geen consultaties met deze status.', 'There are no consultations with this status.')}</p>`
}
${pager(ctx, '/consultaties', { status: wanted, thema: themeCode }, next, cursor)}`,
  });
}

/** A consultations page whose service did not answer. */
export function renderConsultationsUnavailable(ctx: PageContext, title: string, reason: 'timeout' | 'down' | 'error'): SafeHtml {
  return layout(ctx, { title, section: 'consultations', body: html`${heading1(title)}${unavailableMessage(ctx, reason)}` });
}

/** The link in the verification mail: a page with a button, so a mail scanner's GET confirms nothing. */
export function renderConfirmPage(ctx: PageContext, token: string): SafeHtml {
  const t = ctx.t;
  const title = t('E-mailadres bevestigen', 'Confirm your e-mail address');
  return layout(ctx, {
    title,
    section: 'consultations',
    body: html`${heading1(title)}
<p class="utrecht-paragraph">${t('Bevestig dat u dit e-mailadres gebruikt. Pas dan telt uw reactie of steun mee.', 'Confirm that you use this e-mail address. Only then does your response or support count.')}</p>
<form method="post" action="/reacties/bevestigen">${csrfField(ctx)}<input type="hidden" name="token" value="${token}">
<div class="pb-actions">${submitButton(t('Bevestigen', 'Confirm'))}</div></form>`,
  });
}

/** A confirmation that did not work: why, when the service said (only the mailbox's holder gets here). */
export function renderConfirmFailed(ctx: PageContext, unavailable: 'timeout' | 'down' | 'error' | undefined, alreadyResponded: string | undefined): SafeHtml {
  const title = ctx.t('E-mailadres bevestigen', 'Confirm your e-mail address');
  return layout(ctx, {
    title,
    body: html`${heading1(title)}${unavailable ? unavailableMessage(ctx, unavailable) : alert('error', html`<p class="utrecht-paragraph">${alreadyResponded ?? ctx.t('Deze bevestigingslink is ongeldig of verlopen.', 'This confirmation link is invalid or has expired.')}</p>`, 'alert')}`,
  });
}

function responseBlock(ctx: PageContext, p: ProposalView, r: PublicResponse, form: FormState, open: boolean, depth: number): SafeHtml {
  const t = ctx.t;
  return html`<article class="pb-message" id="reactie-${r.id}" aria-labelledby="reactie-${r.id}-kop">
<h3 class="utrecht-heading-3" id="reactie-${r.id}-kop">${r.onBehalfOf ? `${t('Namens', 'On behalf of')} ${r.onBehalfOf}` : t('Reactie van een burger', 'Response from a citizen')} — ${formatDate(ctx, r.publishedAt)}</h3>
<p class="utrecht-paragraph pb-response-body">${r.body}</p>
${r.answers.map((a) => html`<p class="utrecht-paragraph"><strong>${a.question}</strong><br>${a.answer}</p>`)}
<p class="utrecht-paragraph"><span data-support-count="${r.id}">${r.supportCount}</span> ${t('keer gesteund', 'supports')}${open && depth === 0 ? html` · <a class="utrecht-link" href="/consultaties/${p.id}?reageer-op=${r.id}#reageren">${t('Reageer hierop', 'Reply to this')}</a>` : ''}</p>
${
  open
    ? html`<details><summary>${t('Steunen of melden', 'Support or flag')}</summary>
<form method="post" action="/reacties/${r.id}/steun" novalidate>${csrfField(ctx)}<input type="hidden" name="proposalId" value="${p.id}">
${textField(ctx, { values: { email: form.values[`support.${r.id}`] ?? '' }, errors: form.errors[`support.${r.id}`] ? { email: form.errors[`support.${r.id}`] } : {} }, { name: 'email', id: fieldId(`support.${r.id}`), label: t('Uw e-mailadres (om uw steun te bevestigen)', 'Your e-mail address (to confirm your support)'), type: 'email', autocomplete: 'email' })}
<div class="pb-actions">${submitButton(t('Steunen', 'Support'), 'secondary')}</div></form>
<form method="post" action="/reacties/${r.id}/melden" novalidate>${csrfField(ctx)}<input type="hidden" name="proposalId" value="${p.id}">
${selectField(ctx, { values: { [`flag.${r.id}`]: form.values[`flag.${r.id}`] ?? '' }, errors: form.errors }, { name: `flag.${r.id}`, label: t('Waarom meldt u deze reactie?', 'Why do you flag this response?'), placeholder: t('Kies een reden', 'Choose a reason'), options: options(FLAG_REASON_LABELS, ctx.lang) })}
<div class="pb-actions">${submitButton(t('Melden bij de moderator', 'Flag to the moderator'), 'secondary')}</div></form>
</details>`
    : ''
}
${r.replies.map((reply) => responseBlock(ctx, p, reply, form, open, depth + 1))}
</article>`;
}

export function renderProposal(
  ctx: PageContext,
  p: ProposalView,
  page: { items: PublicResponse[]; next: string | null; cursor?: string } | null,
  form: FormState,
  notice?: ConsultationNotice,
  failure?: { general?: string; unavailable?: 'timeout' | 'down' | 'error' },
  themes: readonly ThemeOption[] = [],
  /** Results per question, once the consultation closed (the comments service answers them from then on). */
  results: readonly QuestionResult[] = [],
): SafeHtml {
  const t = ctx.t;
  const open = p.status === 'open';
  const notices = {
    verstuurd: t('Bedankt. Bevestig uw reactie via de link in de e-mail die wij u stuurden; pas dan telt zij mee.', 'Thank you. Confirm your response through the link in the e-mail we sent you; only then does it count.'),
    steun: t('Bevestig uw steun via de link in de e-mail die wij u stuurden.', 'Confirm your support through the link in the e-mail we sent you.'),
    gemeld: t('Bedankt. Een moderator bekijkt de reactie.', 'Thank you. A moderator will look at the response.'),
    bevestigd: t('Uw e-mailadres is bevestigd. Dank voor uw bijdrage.', 'Your e-mail address has been confirmed. Thank you for your contribution.'),
  };
  const labels = { body: t('Reactie', 'Response'), 'author.name': t('Naam', 'Name'), 'author.email': t('E-mailadres', 'E-mail address'), onBehalfOf: t('Organisatie', 'Organisation') };
  return layout(ctx, {
    title: p.title,
    section: 'consultations',
    body: html`<p class="utrecht-paragraph"><a class="utrecht-link" href="/consultaties">${t('Alle consultaties', 'All consultations')}</a></p>
${heading1(p.title)}
${notice ? alert('ok', html`<p class="utrecht-paragraph">${notices[notice]}</p>`) : ''}
${failure?.unavailable ? unavailableMessage(ctx, failure.unavailable) : ''}
${errorSummary(ctx, form, failure?.general, labels)}
<p class="utrecht-paragraph"><strong>${p.summary}</strong></p>
<p class="utrecht-paragraph"><span class="pb-status" id="proposal-status">${label(PROPOSAL_STATUS_LABELS, p.status, ctx.lang)}</span> ${t('Thema', 'Theme')} ${themeLabel(themes, p.theme)} · ${t('open van', 'open from')} ${formatDate(ctx, p.opensAt, true)} ${t('tot', 'until')} ${formatDate(ctx, p.closesAt, true)} · ${ctx.msg('common:count.responses', { count: p.responseCount ?? 0 })}</p>
<div class="utrecht-rich-text pb-section">${raw(p.bodyHtml ?? '')}</div>
${p.documents?.length ? html`<h2 class="utrecht-heading-2">${t('Documenten', 'Documents')}</h2><ul class="utrecht-unordered-list">${p.documents.map((d) => html`<li class="utrecht-unordered-list__item"><a class="utrecht-link" href="${/^https?:\/\//.test(d.url) ? d.url : '#'}">${d.title}</a></li>`)}</ul>` : ''}
${
  p.report
    ? html`<section class="pb-section" aria-labelledby="verslag"><h2 class="utrecht-heading-2" id="verslag">${t('Consultatieverslag', 'Consultation report')}</h2>
<div class="utrecht-rich-text">${raw(p.report.summaryHtml ?? '')}</div>
${p.report.answers.map((a) => html`<h3 class="utrecht-heading-3">${a.topic}</h3><div class="utrecht-rich-text">${raw(a.answerHtml ?? '')}</div>${a.responseIds?.length ? html`<p class="utrecht-paragraph">${t('Beantwoordt', 'Answers')}: ${a.responseIds.map((rid, i) => html`${i ? ', ' : ''}<a class="utrecht-link" href="#reactie-${rid}">${t('reactie', 'response')} ${i + 1}</a>`)}</p>` : ''}`)}
</section>`
    : ''
}
${results.some((r) => r.kind !== 'text') ? html`<section class="pb-section" aria-labelledby="uitkomsten"><h2 class="utrecht-heading-2" id="uitkomsten">${ctx.msg('reading-room:results.heading')}</h2>${questionResults(ctx, results.filter((r) => r.kind !== 'text'))}</section>` : ''}
<section class="pb-section" aria-labelledby="reacties"><h2 class="utrecht-heading-2" id="reacties">${t('Openbare reacties', 'Public responses')}</h2>
${page === null ? unavailableMessage(ctx, 'error') : page.items.length ? page.items.map((r) => responseBlock(ctx, p, r, form, open, 0)) : html`<p class="utrecht-paragraph">${t('Nog geen openbare reacties.', 'No public responses yet.')}</p>`}
${page ? pager(ctx, `/consultaties/${p.id}`, {}, page.next, page.cursor) : ''}
</section>
${
  open
    ? html`<section class="pb-section" aria-labelledby="reageren"><h2 class="utrecht-heading-2" id="reageren" tabindex="-1">${form.values.parentId ? t('Reageer op een reactie', 'Reply to a response') : t('Uw reactie', 'Your response')}</h2>
<form method="post" action="/consultaties/${p.id}/reacties" novalidate>
${csrfField(ctx)}<input type="hidden" name="parentId" value="${form.values.parentId ?? ''}">
${textArea(ctx, form, { name: 'body', label: t('Reactie', 'Response'), rows: 6 })}
${(form.values.parentId ? [] : (p.questions ?? [])).map((q) => textArea(ctx, form, { name: `answers.${q.id}`, label: q.text, optional: true, rows: 3 }))}
${textField(ctx, form, { name: 'author.name', label: t('Naam', 'Name'), autocomplete: 'name', hint: t('Wordt niet gepubliceerd.', 'Is not published.') })}
${textField(ctx, form, { name: 'author.email', label: t('E-mailadres', 'E-mail address'), type: 'email', autocomplete: 'email', hint: t('Wij sturen u een link om uw reactie te bevestigen. Wordt niet gepubliceerd.', 'We send you a link to confirm your response. Is not published.') })}
${radioGroup(ctx, form, { name: 'onBehalf', legend: t('U reageert', 'You respond'), options: [{ value: 'individual', label: t('Als persoon', 'As an individual') }, { value: 'organisation', label: t('Namens een organisatie', 'On behalf of an organisation') }] })}
${textField(ctx, form, { name: 'onBehalfOf', label: t('Naam van de organisatie', 'Name of the organisation'), optional: true, autocomplete: 'organization' })}
${radioGroup(ctx, form, { name: 'public', legend: t('Mag uw reactie openbaar worden?', 'May your response be made public?'), options: [{ value: 'true', label: t('Ja, openbaar (zonder naam en e-mailadres)', 'Yes, public (without name and e-mail address)') }, { value: 'false', label: t('Nee, alleen voor de overheid', 'No, only for the government') }] })}
<div class="pb-actions">${submitButton(t('Reactie versturen', 'Send response'))}</div>
</form></section>`
    : html`<p class="utrecht-paragraph">${p.status === 'scheduled' ? t('Deze consultatie is nog niet open.', 'This consultation is not open yet.') : t('Deze consultatie is gesloten; reageren kan niet meer.', 'This consultation is closed; responding is no longer possible.')}</p>`
}`,
  });
}
