import type { Translate } from './translate';

/** What the sentence reads of a signed-off consultation analysis (the review's content and the portal's generated type both fit). */
export interface AnalysisSentenceInput {
  responses: number;
  themes: { themeId: string; label?: string | null; size: number }[];
  stances: { questionId: string; for: number; against: number; mixed: number; unclear: number }[];
}

/** Stands in for the consultation's title in the sentence, so a renderer can make the title a link. */
export const TITLE_SLOT = '\u0000';

/**
 * One signed-off analysis as a sentence in `t`'s language: "Consultation ‘<title>’: N responses
 * analysed in K themes: <label> (size), …; stance per question: …". A theme without a coordinator's
 * label reads as its id ("theme t3"): the drafted label is respondents' words, which never leave the
 * comments service. One wording for the review's HTML and PDF and the portal's annual review page.
 */
export function analysisSentence(t: Translate, a: AnalysisSentenceInput, title: string = TITLE_SLOT): string {
  const themes = a.themes.map((th) => t('review2:analysis.theme', { label: th.label ?? t('review2:analysis.unlabelled', { id: th.themeId }), size: th.size })).join(', ');
  let n = 0;
  const stances = a.stances
    .map((s) => t('review2:analysis.stance', { question: s.questionId === 'body' ? t('review2:analysis.body') : t('review2:analysis.question', { n: ++n }), for: s.for, against: s.against, mixed: s.mixed, unclear: s.unclear }))
    .join('; ');
  const params = { title, responses: t('review2:analysis.responses', { count: a.responses }), themes: t('review2:analysis.themes', { count: a.themes.length }), list: themes };
  return stances ? t('review2:analysis.sentence', { ...params, stances }) : t('review2:analysis.sentence-no-stances', params);
}
