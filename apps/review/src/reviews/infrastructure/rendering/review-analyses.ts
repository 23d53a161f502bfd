import { analysisSentence as sentenceIn, TITLE_SLOT, translatorFor } from '@pb/i18n';
import type { ConsultationAnalysisSection } from '../../domain/review-content';
import type { ReviewLanguage } from './review-labels';

export { TITLE_SLOT };

/** Where the title of an analysed consultation links to: the consultation's report on the portal. */
export const consultationReportPage = (proposalId: string): string => `/consultaties/${encodeURIComponent(proposalId)}#verslag`;

/** One signed-off analysis as a sentence in the review's language (the wording is @pb/i18n's, shared with the portal). `title` is `TITLE_SLOT` unless given. */
export const analysisSentence = (a: ConsultationAnalysisSection, lang: ReviewLanguage, title: string = TITLE_SLOT): string => sentenceIn(translatorFor(lang), a, title);
