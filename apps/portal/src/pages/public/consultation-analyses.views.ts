import { analysisSentence, TITLE_SLOT } from '@pb/i18n';
import type { ReviewTheme } from '../../clients/review.types';
import { html, SafeHtml } from '../../web/html';
import type { PageContext } from '../../web/page-context';

type Analysis = NonNullable<ReviewTheme['consultationAnalyses']>[number];

/** One signed-off analysis worded as in the review's documents, its title a link to the consultation's report. */
function analysisView(ctx: PageContext, a: Analysis): SafeHtml {
  const [before, after] = analysisSentence(ctx.msg, a).split(TITLE_SLOT);
  return html`${before}<a class="utrecht-link" href="/consultaties/${a.proposalId}#verslag">${a.title}</a>${after}`;
}

/** The theme's signed-off consultation analyses on the annual review page (nothing when it has none). */
export function consultationAnalysesView(ctx: PageContext, th: ReviewTheme): SafeHtml | '' {
  if (!th.consultationAnalyses?.length) return '';
  return html`<h4 class="utrecht-heading-4">${ctx.msg('review2:analysis.heading')}</h4>
${th.consultationAnalyses.map((a) => html`<p class="utrecht-paragraph">${analysisView(ctx, a)}</p>`)}`;
}
