import { translatorFor } from '@pb/i18n';
import { csrfField } from './components';
import { html, HtmlValue, SafeHtml } from './html';
import { label } from './labels';
import { hasRole, PageContext } from './page-context';

export interface LayoutOptions {
  title: string;
  body: HtmlValue;
  /** Marks the current menu item. */
  section?: string;
}

function switchLanguageHref(ctx: PageContext, to: 'nl' | 'en'): string {
  const url = new URL(ctx.originalUrl, 'http://portal.invalid');
  url.searchParams.set('lang', to);
  return `${url.pathname}${url.search}`;
}

function navItem(ctx: PageContext, href: string, label: string, section: string | undefined, key: string): SafeHtml {
  const current = section === key;
  return html`<li class="pb-nav__item"><a class="utrecht-link pb-nav__link" href="${href}"${current ? html` aria-current="page"` : ''}>${label}</a></li>`;
}

/**
 * The page frame: skip link, header with menu, language switch and login state, main, footer.
 * NL Design System's page layout (Utrecht): header, menu, main column and footer each put their
 * content in a `__content` box that the theme gives one width and one inline padding, so all four
 * start at the same left edge (e2e/page-grid.e2e-spec.ts measures it).
 */
export function layout(ctx: PageContext, o: LayoutOptions): SafeHtml {
  const other = ctx.lang === 'nl' ? 'en' : 'nl';
  const p = ctx.principal;
  const staffNav: SafeHtml[] = [];
  if (p && hasRole(ctx, 'official', 'intake')) staffNav.push(navItem(ctx, '/behandelen', ctx.msg('layout:layout.workQueue'), o.section, 'queue'));
  if (p && hasRole(ctx, 'moderator')) staffNav.push(navItem(ctx, '/moderatie', ctx.msg('layout:layout.moderation'), o.section, 'moderation'));
  if (p && hasRole(ctx, 'coordinator')) staffNav.push(navItem(ctx, '/coordinatie', ctx.msg('layout:layout.coordination'), o.section, 'coordination'));
  if (p && hasRole(ctx, 'admin')) staffNav.push(navItem(ctx, '/beheer/verwijderverzoeken', ctx.msg('layout:layout.erasureRequests'), o.section, 'erasures'));
  if (p && hasRole(ctx, 'admin')) staffNav.push(navItem(ctx, '/beheer/geparkeerde-events', ctx.msg('layout:layout.parkedEvents'), o.section, 'parked-events'));
  // The loket's desk settings (issue 10 items 2 and 3).
  if (p && hasRole(ctx, 'admin')) staffNav.push(navItem(ctx, '/beheer/routeringsregels', ctx.msg('routing:nav.routingRules'), o.section, 'routing-rules'));
  if (p && hasRole(ctx, 'admin')) staffNav.push(navItem(ctx, '/beheer/antwoordsjablonen', ctx.msg('templates:nav.answerTemplates'), o.section, 'answer-templates'));
  if (p && hasRole(ctx, 'admin')) staffNav.push(navItem(ctx, '/beheer/e-mailteksten', ctx.msg('templates:nav.mailTexts'), o.section, 'mail-templates'));
  return html`<!doctype html>
<html lang="${ctx.lang}" class="pb-theme">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${o.title} — Permanent Beta</title>
<link rel="icon" href="/assets/portal/favicon.svg" type="image/svg+xml">
<link rel="icon" href="/favicon.ico" sizes="16x16 32x32 48x48">
<link rel="stylesheet" href="/assets/utrecht/index.css">
<link rel="stylesheet" href="/assets/portal/theme.css">
<script src="/assets/portal/portal.js" defer></script>
</head>
<body class="utrecht-document">
<div class="utrecht-page-layout pb-page">
<a class="utrecht-skip-link pb-skip-link" href="#main">${ctx.msg('layout:layout.skipToContent')}</a>
<header class="utrecht-page-header pb-header">
  <div class="utrecht-page-header__content pb-header__bar">
    <a class="pb-logo" href="/"><span class="pb-logo__name">Permanent Beta</span> <span class="pb-logo__tagline">${ctx.msg('layout:layout.theDigitalisationStrategyInPermanentBeta')}</span></a>
    <div class="pb-header__tools">
      <a class="utrecht-link pb-lang" href="${switchLanguageHref(ctx, other)}" lang="${other}" hreflang="${other}">${translatorFor(other)('common:language.name')}</a>
      ${
        p
          ? html`<span class="pb-user">${ctx.msg('layout:layout.loggedInAs')} ${p.name ?? p.id} (${p.roles.map((r) => label(ctx, 'staffRole', r)).join(', ')}${p.department ? `, ${p.department}` : ''})</span>
      <form method="post" action="/uitloggen" class="pb-inline-form">${csrfField(ctx)}<button type="submit" class="utrecht-button utrecht-button--secondary-action pb-button-small">${ctx.msg('layout:layout.logOut')}</button></form>`
          : html`<a class="utrecht-link" href="/inloggen">${ctx.msg('layout:layout.staffLogin')}</a>`
      }
    </div>
  </div>
  <nav class="pb-nav" aria-label="${ctx.msg('layout:layout.mainMenu')}">
    <ul class="utrecht-page-header__content pb-nav__list">
      ${navItem(ctx, '/meldingen/nieuw', ctx.msg('layout:layout.reportABarrier'), o.section, 'report')}
      ${navItem(ctx, '/consultaties', ctx.msg('layout:layout.consultations'), o.section, 'consultations')}
      ${navItem(ctx, '/register', ctx.msg('layout:layout.register'), o.section, 'register')}
      ${navItem(ctx, '/monitor', ctx.msg('layout:layout.monitor'), o.section, 'monitor')}
      ${navItem(ctx, '/jaaroverzichten', ctx.msg('layout:layout.annualReviews'), o.section, 'reviews')}
      ${navItem(ctx, '/strategie', ctx.msg('layout:layout.strategy'), o.section, 'strategy')}
      ${navItem(ctx, '/open-data', ctx.msg('layout:layout.openData'), o.section, 'open-data')}
      ${staffNav}
    </ul>
  </nav>
</header>
<div class="utrecht-page-body">
<main id="main" class="utrecht-page-body__content pb-main" tabindex="-1">
${o.body}
</main>
</div>
<footer class="utrecht-page-footer pb-footer">
  <div class="utrecht-page-footer__content">
    <p class="utrecht-paragraph">${ctx.msg('layout:layout.permanentBetaIsTheConsultationAnd')}</p>
    <nav aria-label="${ctx.msg('layout:layout.aboutThisPlatform')}">
      <ul class="pb-footer__links">
        <li><a class="utrecht-link" href="/privacyverklaring">${ctx.msg('layout:layout.privacyStatement')}</a></li>
        <li><a class="utrecht-link" href="/toegankelijkheidsverklaring">${ctx.msg('layout:layout.accessibilityStatement')}</a></li>
        <li><a class="utrecht-link" href="/colofon">${ctx.msg('layout:layout.contactAndColophon')}</a></li>
        <li><a class="utrecht-link" href="/api/review/open-data">${ctx.msg('layout:layout.openDataApi')}</a></li>
      </ul>
    </nav>
  </div>
</footer>
</div>
</body>
</html>`;
}

export function heading1(text: HtmlValue): SafeHtml {
  return html`<h1 class="utrecht-heading-1">${text}</h1>`;
}
