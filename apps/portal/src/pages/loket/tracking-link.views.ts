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
  const title = ctx.msg('loket:trackingLink.newLinkRequested');
  return layout(ctx, {
    title,
    section: 'report',
    body: html`${heading1(title)}
${alert(
'ok',
html`<p class="utrecht-paragraph">${ctx.msg('loket:trackingLink.ifTheReferenceAndTheE')}</p>`,
)}
<p class="utrecht-paragraph">${ctx.msg('loket:trackingLink.noEMailReceivedCheckYour')}</p>
<p class="utrecht-paragraph"><a class="utrecht-link" href="/">${ctx.msg('loket:trackingLink.toTheHomePage')}</a></p>`,
  });
}

export function renderLostLinkForm(ctx: PageContext, form: FormState, unavailable?: 'timeout' | 'down' | 'error', general?: string): SafeHtml {
  const title = ctx.msg('loket:trackingLink.lostYourLink');
  const labels = { reference: ctx.msg('loket:trackingLink.reference'), email: ctx.msg('loket:trackingLink.eMailAddress') };
  return layout(ctx, {
    title: Object.keys(form.errors).length ? `${ctx.msg('loket:trackingLink.error')}: ${title}` : title,
    section: 'report',
    body: html`${heading1(title)}
${unavailable ? unavailableMessage(ctx, unavailable) : ''}
${errorSummary(ctx, form, general, labels)}
<p class="utrecht-paragraph">${ctx.msg('loket:trackingLink.didYouLoseThePrivateLink')}</p>
<form method="post" action="${LOST_LINK_PATH}" novalidate class="utrecht-form">
${csrfField(ctx)}
${textField(ctx, form, { name: 'reference', label: labels.reference, hint: ctx.msg('loket:trackingLink.forExampleLkt2026000123You'), width: 'sm', autocomplete: 'off' })}
${textField(ctx, form, { name: 'email', label: labels.email, type: 'email', autocomplete: 'email' })}
<div class="pb-actions">${submitButton(ctx.msg('loket:trackingLink.requestANewLink'))}</div>
</form>`,
  });
}

/**
 * The answer to a tracking link that opens nothing — unknown, wrong or expired alike, as the loket
 * answers — with the way to a new link.
 */
export function renderTrackingLinkInvalid(ctx: PageContext, reference?: string): SafeHtml {
  const title = ctx.msg('loket:trackingLink.linkNotValidAnyMore');
  return layout(ctx, {
    title,
    body: html`${heading1(title)}
<p class="utrecht-paragraph">${ctx.msg('loket:trackingLink.thisReportDoesNotExistOr')}</p>
<p class="utrecht-paragraph"><a class="utrecht-link" id="lost-link" href="${lostLinkHref(reference)}">${ctx.msg('loket:trackingLink.lostOrExpiredLinkRequestA')}</a></p>
<p class="utrecht-paragraph"><a class="utrecht-link" href="/">${ctx.msg('loket:trackingLink.toTheHomePage')}</a></p>`,
  });
}
