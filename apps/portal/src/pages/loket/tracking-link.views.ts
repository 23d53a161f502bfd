import { alert, csrfField, errorSummary, FormState, submitButton, textField } from '../../web/components';
import { unavailableMessage } from '../../web/error-pages';
import { isReportReference } from '../../web/forms';
import { html, SafeHtml } from '../../web/html';
import { heading1, layout } from '../../web/layout';
import type { PageContext } from '../../web/page-context';

export const LOST_LINK_PATH = '/meldingen/link-kwijt';

/** "Link kwijt?" with the reference filled in when we know it. */
export function lostLinkHref(reference?: string): string {
  return reference && isReportReference(reference) ? `${LOST_LINK_PATH}?referentie=${encodeURIComponent(reference)}` : LOST_LINK_PATH;
}

/** The same answer whether or not reference and address matched: the link goes only to the address on file. */
export function renderLinkRequested(ctx: PageContext): SafeHtml {
  const t = ctx.t;
  const title = t('Nieuwe link aangevraagd', 'New link requested');
  return layout(ctx, {
    title,
    section: 'report',
    body: html`${heading1(title)}
${alert(
'ok',
html`<p class="utrecht-paragraph">${t(
  'Als het kenmerk en het e-mailadres bij dezelfde melding horen, sturen wij binnen enkele minuten een nieuwe persoonlijke link naar dat e-mailadres. Uw vorige link werkt dan niet meer.',
  'If the reference and the e-mail address belong to the same report, we will send a new private link to that address within a few minutes. Your previous link will then no longer work.',
)}</p>`,
)}
<p class="utrecht-paragraph">${t(
        'Geen e-mail ontvangen? Kijk ook in uw map met ongewenste e-mail, en controleer of u het e-mailadres gebruikte dat u bij de melding opgaf.',
        'No e-mail received? Check your spam folder too, and make sure you used the e-mail address you gave with the report.',
      )}</p>
<p class="utrecht-paragraph"><a class="utrecht-link" href="/">${t('Naar de startpagina', 'To the home page')}</a></p>`,
  });
}

export function renderLostLinkForm(ctx: PageContext, form: FormState, unavailable?: 'timeout' | 'down' | 'error', general?: string): SafeHtml {
  const t = ctx.t;
  const title = t('Link kwijt?', 'Lost your link?');
  const labels = { reference: t('Kenmerk', 'Reference'), email: t('E-mailadres', 'E-mail address') };
  return layout(ctx, {
    title: Object.keys(form.errors).length ? `${t('Fout', 'Error')}: ${title}` : title,
    section: 'report',
    body: html`${heading1(title)}
${unavailable ? unavailableMessage(ctx, unavailable) : ''}
${errorSummary(ctx, form, general, labels)}
<p class="utrecht-paragraph">${t(
      'Bent u de persoonlijke link naar uw melding kwijt, of werkt hij niet meer? Vul het kenmerk van de melding in en het e-mailadres dat u bij de melding opgaf. Wij sturen dan een nieuwe link naar dat adres; de oude link werkt daarna niet meer.',
      'Did you lose the private link to your report, or does it no longer work? Enter the reference of the report and the e-mail address you gave with it. We will then send a new link to that address; the old link stops working.',
    )}</p>
<form method="post" action="${LOST_LINK_PATH}" novalidate class="utrecht-form">
${csrfField(ctx)}
${textField(ctx, form, { name: 'reference', label: labels.reference, hint: t('Bijvoorbeeld LKT-2026-000123. U vindt het in de ontvangstbevestiging.', 'For example LKT-2026-000123. You find it in the acknowledgement.'), width: 'sm', autocomplete: 'off' })}
${textField(ctx, form, { name: 'email', label: labels.email, type: 'email', autocomplete: 'email' })}
<div class="pb-actions">${submitButton(t('Nieuwe link aanvragen', 'Request a new link'))}</div>
</form>`,
  });
}

/**
 * The answer to a tracking link that opens nothing — unknown, wrong or expired alike, as the loket
 * answers — with the way to a new link.
 */
export function renderTrackingLinkInvalid(ctx: PageContext, reference?: string): SafeHtml {
  const t = ctx.t;
  const title = t('Link niet (meer) geldig', 'Link not valid (any more)');
  return layout(ctx, {
    title,
    body: html`${heading1(title)}
<p class="utrecht-paragraph">${t(
      'Deze melding bestaat niet, of de link is niet (meer) geldig. Persoonlijke links verlopen na een tijd, en werken niet meer zodra u een nieuwe link heeft aangevraagd.',
      'This report does not exist, or the link is not (or no longer) valid. Private links expire after a while, and stop working once you have requested a new one.',
    )}</p>
<p class="utrecht-paragraph"><a class="utrecht-link" id="lost-link" href="${lostLinkHref(reference)}">${t('Link kwijt of verlopen? Vraag een nieuwe link aan.', 'Lost or expired link? Request a new link.')}</a></p>
<p class="utrecht-paragraph"><a class="utrecht-link" href="/">${t('Naar de startpagina', 'To the home page')}</a></p>`,
  });
}
