import { RenderedChart, renderChart, reviewChartSpecs } from '@pb/charts';
import { translatorFor } from '@pb/i18n';
import { dutchLaw } from '@pb/regulations';
import { UNIDENTIFIED_REGULATION } from '../../../shared/domain/report-figures';
import type { ReviewContent } from '../../domain/review-content';
import { type ReviewLanguage, codeLabelsFor, themeName } from './review-labels';

const MONTHS = { nl: new Intl.DateTimeFormat('nl-NL', { month: 'long', timeZone: 'UTC' }), en: new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }) };

/** A month (`2026-03`) as the reader says it: "maart", "March". */
export const monthName =
  (lang: ReviewLanguage) =>
  (month: string): string =>
    MONTHS[lang].format(new Date(`${month}-01T00:00:00Z`));

/**
 * The review's charts in one language, the same definition the portal's review page draws
 * (`reviewChartSpecs` in libs/charts): the HTML document shows each as SVG with its text
 * alternative and data table, the PDF draws the same SVG with the same table beneath it.
 */
export function reviewCharts(content: ReviewContent, lang: ReviewLanguage): RenderedChart[] {
  const t = translatorFor(lang);
  const specs = reviewChartSpecs(content, {
    t: (key, params) => t(key, params),
    // An outcome the catalogue does not know (a newer contract version) reads as its code, not as a missing key.
    outcome: codeLabelsFor(lang).outcome,
    // The short name people use (Wwft) keeps the axis readable; the title where there is none.
    regulation: (bwbId) => (bwbId === UNIDENTIFIED_REGULATION ? t('review:label.unidentified-regulation') : (dutchLaw(bwbId)?.abbreviations[0] ?? dutchLaw(bwbId)?.title ?? bwbId)),
    theme: (th) => themeName(th, lang),
    month: monthName(lang),
    lang,
  });
  return specs.map((spec) => renderChart(spec, lang));
}
