import { alert } from './components';
import { html, SafeHtml } from './html';
import { heading1, layout } from './layout';
import type { PageContext } from './page-context';

export function renderForbidden(ctx: PageContext): SafeHtml {
  return layout(ctx, {
    title: ctx.t('Niet toegestaan', 'Not allowed'),
    body: html`${heading1(ctx.t('Niet toegestaan', 'Not allowed'))}
<p class="utrecht-paragraph">${ctx.t(
      'Dit formulier is verlopen of kwam niet van deze website. Ga terug, laad de pagina opnieuw en probeer het nog eens.',
      'This form has expired or did not come from this website. Go back, reload the page and try again.',
    )}</p>`,
  });
}

/** `detail` says what in particular was not found, instead of the general sentence. */
export function renderNotFound(ctx: PageContext, detail?: string): SafeHtml {
  return layout(ctx, {
    title: ctx.t('Niet gevonden', 'Not found'),
    body: html`${heading1(ctx.t('Pagina niet gevonden', 'Page not found'))}
<p class="utrecht-paragraph">${detail ?? ctx.t('Deze pagina bestaat niet (meer). Controleer het adres.', 'This page does not exist (any more). Check the address.')}</p>
<p class="utrecht-paragraph"><a class="utrecht-link" href="/">${ctx.t('Naar de startpagina', 'To the home page')}</a></p>`,
  });
}

export function renderLoginRequired(ctx: PageContext, forbidden: boolean): SafeHtml {
  const title = forbidden ? ctx.t('Geen toegang', 'No access') : ctx.t('Inloggen vereist', 'Login required');
  return layout(ctx, {
    title,
    body: html`${heading1(title)}
<p class="utrecht-paragraph">${forbidden ? ctx.t('Uw rol geeft geen toegang tot deze pagina.', 'Your role does not give access to this page.') : ctx.t('Log in als medewerker om deze pagina te zien.', 'Log in as a staff member to see this page.')}</p>
<p class="utrecht-paragraph"><a class="utrecht-link" href="/inloggen?next=${encodeURIComponent(ctx.originalUrl)}">${ctx.t('Inloggen', 'Log in')}</a></p>`,
  });
}

/** A backing service did not answer (in time): say so plainly; nothing the user typed is lost. */
export function unavailableMessage(ctx: PageContext, reason: 'timeout' | 'down' | 'error'): SafeHtml {
  return alert(
    'error',
    html`<p class="utrecht-paragraph">${
      reason === 'timeout'
        ? ctx.t('Het platform reageerde niet op tijd. Uw invoer is bewaard; probeer het over een moment opnieuw.', 'The platform did not answer in time. Your input has been kept; please try again in a moment.')
        : ctx.t('Dit onderdeel van het platform is tijdelijk niet beschikbaar. Uw invoer is bewaard; probeer het later opnieuw.', 'This part of the platform is temporarily unavailable. Your input has been kept; please try again later.')
    }</p>`,
    'alert',
  );
}
