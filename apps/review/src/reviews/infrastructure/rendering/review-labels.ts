import { REGULATION_ID_PATTERN } from '@pb/contracts/vocabulary';
import { hasMessage, translatorFor } from '@pb/i18n';
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
    appendix: t('review:label.appendix'),
    byClusters: t('regulations:review.byClusters'),
    byClustersCaption: t('regulations:review.byClustersCaption'),
    regulation: t('regulations:col.regulation'),
    reports: t('regulations:col.reports'),
    clusterCount: t('regulations:col.clusters'),
    evidence: t('regulations:review.evidence'),
  };
}

/**
 * The codes the review carries (outcomes, technologies, sectors, amendment kinds and statuses), as
 * a reader of the document's language reads them: the catalogue's labels, the same the portal
 * shows. A code the catalogue does not know (a newer contract version) reads as itself rather than
 * as a missing key.
 */
export function codeLabelsFor(lang: ReviewLanguage) {
  const t = translatorFor(lang);
  const known = (key: string, code: string): string => (hasMessage(lang, key) ? t(key) : code);
  return {
    outcome: (code: string) => known(`review:outcome.${code}`, code),
    technology: (code: string) => known(`labels:technology.${code}`, code),
    sector: (code: string) => known(`labels:sector.${code}`, code),
    amendmentKind: (code: string) => known(`labels:amendmentKind.${code}`, code),
    amendmentStatus: (code: string) => known(`labels:amendmentStatus.${code}`, code),
  };
}

/**
 * A theme as the documents name it: "1.1 Gezondheid". The reports not classified yet have the
 * code `-` and a placeholder title in the review's JSON (a public contract, kept as it was); the
 * document names them in its own language and never prints the `-`.
 */
export function themeName(theme: { code: string; title: string }, lang: ReviewLanguage): string {
  return theme.code === UNCLASSIFIED ? translatorFor(lang)('review:label.unclassified') : `${theme.code} ${theme.title}`;
}

/** A regulation of the figures by name: the index's title and BWB id, or "not identified". */
export function regulationLabel(dimension: string, lang: ReviewLanguage = 'nl'): string {
  if (dimension === UNIDENTIFIED_REGULATION) return labelsFor(lang).unidentifiedRegulation;
  const law = dutchLaw(dimension);
  return law ? `${law.title} (${dimension})` : dimension;
}

/** The portal's page of a regulation (`/regelgeving/BWBR0024282`, `/regelgeving/EU-32016R0679`); none for `-` (not identified) or an id of another shape. */
export const regulationPage = (id: string): string | null => (REGULATION_ID_PATTERN.test(id) ? `/regelgeving/${id}` : null);
