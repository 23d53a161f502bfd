import type { ReviewTheme } from '../../clients/review.types';
import { html, SafeHtml } from '../../web/html';
import type { PageContext } from '../../web/page-context';

type Analysis = NonNullable<ReviewTheme['consultationAnalyses']>[number];

/**
 * One signed-off analysis as the review's documents word it (`review2:analysis.*`): responses,
 * themes by the coordinator's label (or their id: the drafted words are respondents' own and stay
 * in the comments service) with their size, stance per question; the title links to the report.
 */
function analysisSentence(ctx: PageContext, a: Analysis): SafeHtml {
  const themes = a.themes.map((th) => ctx.msg('review2:analysis.theme', { label: th.label ?? ctx.msg('review2:analysis.unlabelled', { id: th.themeId }), size: th.size })).join(', ');
  let n = 0;
  const stances = a.stances
    .map((s) => ctx.msg('review2:analysis.stance', { question: s.questionId === 'body' ? ctx.msg('review2:analysis.body') : ctx.msg('review2:analysis.question', { n: ++n }), for: s.for, against: s.against, mixed: s.mixed, unclear: s.unclear }))
    .join('; ');
  // The title is a link: the sentence is split around it (a character no title or catalogue text holds).
  const slot = '\u0000';
  const params = { title: slot, responses: ctx.msg('review2:analysis.responses', { count: a.responses }), themes: ctx.msg('review2:analysis.themes', { count: a.themes.length }), list: themes };
  const [before, after] = (stances ? ctx.msg('review2:analysis.sentence', { ...params, stances }) : ctx.msg('review2:analysis.sentence-no-stances', params)).split(slot);
  return html`${before}<a class="utrecht-link" href="/consultaties/${a.proposalId}#verslag">${a.title}</a>${after}`;
}

/** The theme's signed-off consultation analyses on the annual review page (nothing when it has none). */
export function consultationAnalysesView(ctx: PageContext, th: ReviewTheme): SafeHtml | '' {
  if (!th.consultationAnalyses?.length) return '';
  return html`<h4 class="utrecht-heading-4">${ctx.msg('review2:analysis.heading')}</h4>
${th.consultationAnalyses.map((a) => html`<p class="utrecht-paragraph">${analysisSentence(ctx, a)}</p>`)}`;
}
