import { html, SafeHtml } from '../../web/html';
import { heading1, layout } from '../../web/layout';
import type { PageContext } from '../../web/page-context';

/** The home page: what a visitor can do here, one card per task. */
export function renderHome(ctx: PageContext): SafeHtml {
  const task = (href: string, title: string, text: string) => html`<li class="pb-card"><h2 class="utrecht-heading-3"><a class="utrecht-link" href="${href}">${title}</a></h2><p class="utrecht-paragraph">${text}</p></li>`;
  return layout(ctx, {
      title: ctx.msg('public:home.home'),
      body: html`${heading1(ctx.msg('public:home.theDigitalisationStrategyInPermanentBeta'))}
<p class="utrecht-paragraph">${ctx.msg('public:home.theDutchDigitalisationStrategyIsNever')}</p>
<ul class="pb-cards">
${task('/meldingen/nieuw', ctx.msg('public:home.reportABarrier'), ctx.msg('public:home.isLawOrRegulationBlockingYour'))}
${task('/consultaties', ctx.msg('public:home.respondToProposals'), ctx.msg('public:home.readOpenProposalsForTheStrategy'))}
${task('/register', ctx.msg('public:home.registerOfBarriers'), ctx.msg('public:home.resolvedBarriersAndTheirOutcome'))}
${task('/monitor', ctx.msg('public:home.monitor'), ctx.msg('public:home.liveFiguresPerThemeOfThe'))}
${task('/jaaroverzichten', ctx.msg('public:home.annualReviews'), ctx.msg('public:home.theYearlyReCalibrationForThe'))}
${task('/strategie', ctx.msg('public:home.strategyVersions'), ctx.msg('public:home.theStrategyItsVersionsAndWhat'))}
</ul>`,
    });
}
