import { alert } from './components';
import { html, SafeHtml } from './html';
import { heading1, layout } from './layout';
import type { PageContext } from './page-context';

export function renderForbidden(ctx: PageContext): SafeHtml {
  return layout(ctx, {
    title: ctx.msg('layout:errorPages.notAllowed'),
    body: html`${heading1(ctx.msg('layout:errorPages.notAllowed'))}
<p class="utrecht-paragraph">${ctx.msg('layout:errorPages.thisFormHasExpiredOrDid')}</p>`,
  });
}

/** `detail` says what in particular was not found, instead of the general sentence. */
export function renderNotFound(ctx: PageContext, detail?: string): SafeHtml {
  return layout(ctx, {
    title: ctx.msg('layout:errorPages.notFound'),
    body: html`${heading1(ctx.msg('layout:errorPages.pageNotFound'))}
<p class="utrecht-paragraph">${detail ?? ctx.msg('layout:errorPages.thisPageDoesNotExistAny')}</p>
<p class="utrecht-paragraph"><a class="utrecht-link" href="/">${ctx.msg('layout:errorPages.toTheHomePage')}</a></p>`,
  });
}

export function renderLoginRequired(ctx: PageContext, forbidden: boolean): SafeHtml {
  const title = forbidden ? ctx.msg('layout:errorPages.noAccess') : ctx.msg('layout:errorPages.loginRequired');
  return layout(ctx, {
    title,
    body: html`${heading1(title)}
<p class="utrecht-paragraph">${forbidden ? ctx.msg('layout:errorPages.yourRoleDoesNotGiveAccess') : ctx.msg('layout:errorPages.logInAsAStaffMember')}</p>
<p class="utrecht-paragraph"><a class="utrecht-link" href="/inloggen?next=${encodeURIComponent(ctx.originalUrl)}">${ctx.msg('layout:errorPages.logIn')}</a></p>`,
  });
}

/** A backing service did not answer (in time): say so plainly; nothing the user typed is lost. */
export function unavailableMessage(ctx: PageContext, reason: 'timeout' | 'down' | 'error'): SafeHtml {
  return alert(
    'error',
    html`<p class="utrecht-paragraph">${
      reason === 'timeout'
        ? ctx.msg('layout:errorPages.thePlatformDidNotAnswerIn')
        : ctx.msg('layout:errorPages.thisPartOfThePlatformIs')
    }</p>`,
    'alert',
  );
}
