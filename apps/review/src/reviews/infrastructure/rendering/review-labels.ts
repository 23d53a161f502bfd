import { translatorFor } from '@pb/i18n';
import { dutchLaw } from '@pb/regulations';
import { UNCLASSIFIED } from '../../../shared/domain/figure-key';
import { UNIDENTIFIED_REGULATION } from '../../../shared/domain/report-figures';

export type ReviewLanguage = 'nl' | 'en';

/**
 * Labels of the review's documents, from the catalogue's `review` namespace; each language is its
 * own document (no 'NL / EN' mixing).
 */
export function labelsFor(lang: ReviewLanguage) {
  const t = translatorFor(lang);
  return {
    title: (year: number) => t('review:label.title', { year }),
    themeHeading: t('review:label.theme-heading'),
    themesNav: t('review:label.themes-nav'),
    seeRecords: t('review:label.see-records'),
    revision: t('review:label.revision'),
    compiledAt: t('review:label.compiled-at'),
    strategyVersion: t('review:label.strategy-version'),
    totals: t('review:label.totals'),
    theme: t('review:label.theme'),
    received: t('review:label.received'),
    previousYear: t('review:label.previous-year'),
    change: t('review:label.change'),
    resolved: t('review:label.resolved'),
    open: t('review:label.open'),
    rejected: t('review:label.rejected'),
    duplicates: t('review:label.duplicates'),
    clusters: t('review:label.clusters'),
    overdue: t('review:label.overdue'),
    endorsements: t('desk2:review.endorsements'),
    median: t('review:label.median'),
    p90: t('review:label.p90'),
    outcomes: t('review:label.outcomes'),
    regulations: t('review:label.regulations'),
    unidentifiedRegulation: t('review:label.unidentified-regulation'),
    technologies: t('review:label.technologies'),
    sectors: t('review:label.sectors'),
    consultations: t('review:label.consultations'),
    proposals: t('review:label.proposals'),
    responses: t('review:label.responses'),
    organisations: t('review:label.organisations'),
    individuals: t('review:label.individuals'),
    respondents: t('review:label.respondents'),
    consultationReports: t('review:label.consultation-reports'),
    notableResponses: t('review:label.notable-responses'),
    amendments: t('review:label.amendments'),
    none: t('review:label.none'),
    unclassified: t('review:label.unclassified'),
  };
}

/**
 * A theme as a reader names it: code and title; the reports not classified yet (code '-') by the
 * catalogue's words in the document's language. A compiled revision keeps the title it was compiled
 * with ('Nog niet ingedeeld / Not classified yet' for those), which is for the API's machine readers.
 */
export function themeName(t: { code: string; title: string }, lang: ReviewLanguage): string {
  return t.code === UNCLASSIFIED ? labelsFor(lang).unclassified : `${t.code} ${t.title}`;
}

/** A regulation of the figures by name: the index's title and BWB id, or "not identified". */
export function regulationLabel(dimension: string, lang: ReviewLanguage = 'nl'): string {
  if (dimension === UNIDENTIFIED_REGULATION) return labelsFor(lang).unidentifiedRegulation;
  const law = dutchLaw(dimension);
  return law ? `${law.title} (${dimension})` : dimension;
}
