import { alert, csrfField, dataList, errorSummary, FormState, formatDate, submitButton, table, textField } from '../../web/components';
import { unavailableMessage } from '../../web/error-pages';
import { html, SafeHtml } from '../../web/html';
import { label } from '../../web/labels';
import { heading1, layout } from '../../web/layout';
import type { PageContext } from '../../web/page-context';
import type { ErasureListItem, ErasureView } from '../../clients/review.types';

const STATUS = {
  pending: { nl: 'In behandeling', en: 'In progress' },
  completed: { nl: 'Voltooid', en: 'Completed' },
};
const SERVICES = {
  loket: { nl: 'Loket (meldingen)', en: 'Loket (barrier reports)' },
  comments: { nl: 'Consultaties (reacties en steun)', en: 'Consultations (responses and support)' },
  review: { nl: 'Abonnementen (berichten per e-mail)', en: 'Subscriptions (messages by e-mail)' },
};
/** What each service counts when it erases (libs/contracts ErasureCompleted `erased`). */
const KINDS = {
  reporters: { nl: 'contactgegevens van melders verwijderd', en: 'reporters’ contact details removed' },
  reports: { nl: 'meldingen behouden zonder contactgegevens', en: 'reports kept without contact details' },
  messages: { nl: 'berichten van de melder verwijderd', en: 'messages by the reporter removed' },
  mails: { nl: 'e-mails verwijderd', en: 'e-mails removed' },
  responses: { nl: 'reacties ingetrokken (tekst, naam en adres verwijderd; telt mee in de cijfers)', en: 'responses withdrawn (text, name and address removed; still counted in the figures)' },
  'unverified-responses': { nl: 'onbevestigde reacties verwijderd', en: 'unconfirmed responses removed' },
  supports: { nl: 'steunbetuigingen zonder e-mailadres behouden', en: 'support kept without e-mail address' },
  verifications: { nl: 'bevestigingslinks verwijderd', en: 'confirmation links removed' },
  subscriptions: { nl: 'abonnementen met e-mailadres verwijderd', en: 'subscriptions with e-mail address removed' },
};

const TITLE = { nl: 'Persoon verwijderen (AVG)', en: 'Erase a person (GDPR)' };

/** The form: one e-mail address; what happens is said before it happens. */
export function erasureFormPage(ctx: PageContext, form: FormState, general?: string, unavailable?: 'timeout' | 'down' | 'error', recent: ErasureListItem[] = []): SafeHtml {
  const t = ctx.t;
  const title = t(TITLE.nl, TITLE.en);
  return layout(ctx, {
    title,
    section: 'erasures',
    body: html`${heading1(title)}
${unavailable ? unavailableMessage(ctx, unavailable) : ''}
${errorSummary(ctx, form, general, { email: t('E-mailadres', 'E-mail address') })}
<p class="utrecht-paragraph">${t(
      'Op verzoek van een persoon (artikel 17 AVG) verwijdert elk onderdeel van het platform de naam, het e-mailadres, het telefoonnummer, de e-mails en de bevestigingslinks van wie dit e-mailadres gebruikte. Meldingen blijven bestaan zonder contactgegevens; reacties worden ingetrokken en tellen mee in de cijfers. Dit kan niet ongedaan worden gemaakt.',
      'At the request of a person (article 17 GDPR) every part of the platform erases the name, e-mail address, phone number, e-mails and confirmation links of whoever used this e-mail address. Reports remain without contact details; responses are withdrawn and still count in the figures. This cannot be undone.',
    )}</p>
<p class="utrecht-paragraph">${t('Het adres wordt niet bewaard: alleen een sleutel-hash ervan gaat naar de onderdelen.', 'The address is not stored: only a keyed hash of it goes to the parts of the platform.')}</p>
<form method="post" action="/beheer/verwijderverzoeken" novalidate>${csrfField(ctx)}
${textField(ctx, form, { name: 'email', label: t('E-mailadres', 'E-mail address'), type: 'email', autocomplete: 'off', width: 'md' })}
<div class="pb-actions">${submitButton(t('Verwijderen aanvragen', 'Request erasure'))}</div>
</form>
${
  recent.length
    ? html`<h2 class="utrecht-heading-2">${t('Recente verzoeken', 'Recent requests')}</h2>
${table(
  t('Recente verwijderverzoeken, nieuwste eerst', 'Recent erasure requests, newest first'),
  [t('Aangevraagd', 'Requested'), t('Status', 'Status'), t('Voltooid', 'Completed')],
  recent.map((r) => [html`<a class="utrecht-link" href="/beheer/verwijderverzoeken/${r.id}">${formatDate(ctx, r.requestedAt, true)}</a>`, label(STATUS, r.status, ctx.lang), r.completedAt ? formatDate(ctx, r.completedAt, true) : '—']),
)}`
    : ''
}`,
  });
}

/** Where one request stands, per service, with a link to look again (no script, no timed refresh). */
export function erasureStatusPage(ctx: PageContext, e: ErasureView, justRequested: boolean): SafeHtml {
  const t = ctx.t;
  const title = t('Verwijderverzoek', 'Erasure request');
  const counts = (erased: Record<string, number> | null): SafeHtml =>
    erased
      ? html`<ul class="utrecht-unordered-list">${Object.entries(erased).map(([kind, n]) => html`<li class="utrecht-unordered-list__item">${String(n)} ${label(KINDS, kind, ctx.lang)}</li>`)}</ul>`
      : html`${t('nog geen antwoord', 'no answer yet')}`;
  return layout(ctx, {
    title,
    section: 'erasures',
    body: html`<p class="utrecht-paragraph"><a class="utrecht-link" href="/beheer/verwijderverzoeken">${t('Nieuw verwijderverzoek', 'New erasure request')}</a></p>
${heading1(title)}
${justRequested ? alert('ok', html`<p class="utrecht-paragraph">${t('Het verzoek is verstuurd naar elk onderdeel van het platform.', 'The request has been sent to every part of the platform.')}</p>`) : ''}
${dataList([
  [t('Kenmerk', 'Reference'), e.id],
  [t('Status', 'Status'), html`<span class="pb-status" id="erasure-status">${label(STATUS, e.status, ctx.lang)}</span>`],
  [t('Aangevraagd', 'Requested'), formatDate(ctx, e.requestedAt, true)],
  [t('Voltooid', 'Completed'), e.completedAt ? formatDate(ctx, e.completedAt, true) : ''],
])}
${table(
  t('Per onderdeel', 'Per part of the platform'),
  [t('Onderdeel', 'Part'), t('Status', 'Status'), t('Verwijderd', 'Erased')],
  e.services.map((s) => [label(SERVICES, s.service, ctx.lang), label(STATUS, s.status, ctx.lang), counts(s.erased)]),
)}
${e.status === 'pending' ? html`<p class="utrecht-paragraph"><a class="utrecht-link" href="/beheer/verwijderverzoeken/${e.id}">${t('Status opnieuw bekijken', 'Check the status again')}</a></p>` : ''}`,
  });
}
