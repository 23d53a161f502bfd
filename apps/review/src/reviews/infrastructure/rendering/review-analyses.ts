import { translatorFor } from '@pb/i18n';
import type { ConsultationAnalysisSection } from '../../domain/review-content';
import type { ReviewLanguage } from './review-labels';

/** Where the title of an analysed consultation links to: the consultation's report on the portal. */
export const consultationReportPage = (proposalId: string): string => `/consultaties/${encodeURIComponent(proposalId)}#verslag`;

/** Stands in for the title in the sentence, so a renderer can make the title a link. */
export const TITLE_SLOT = '\u0000';

/**
 * One signed-off analysis as a sentence in the review's language: "Consultation ‘<title>’: N
 * responses analysed in K themes: <label> (size), …; stance per question: …". A theme without a
 * coordinator's label reads as its id ("theme t3"): the drafted label is respondents' words, which
 * never leave the comments service. `title` is `TITLE_SLOT` unless given.
 */
export function analysisSentence(a: ConsultationAnalysisSection, lang: ReviewLanguage, title: string = TITLE_SLOT): string {
  const t = translatorFor(lang);
  const themes = a.themes.map((th) => t('review2:analysis.theme', { label: th.label ?? t('review2:analysis.unlabelled', { id: th.themeId }), size: th.size })).join(', ');
  let n = 0;
  const stances = a.stances
    .map((s) => t('review2:analysis.stance', { question: s.questionId === 'body' ? t('review2:analysis.body') : t('review2:analysis.question', { n: ++n }), for: s.for, against: s.against, mixed: s.mixed, unclear: s.unclear }))
    .join('; ');
  const params = { title, responses: t('review2:analysis.responses', { count: a.responses }), themes: t('review2:analysis.themes', { count: a.themes.length }), list: themes };
  return stances ? t('review2:analysis.sentence', { ...params, stances }) : t('review2:analysis.sentence-no-stances', params);
}
