import { dutchLaw } from '@pb/regulations';
import { UNIDENTIFIED_REGULATION } from '../../../shared/domain/report-figures';

export type ReviewLanguage = 'nl' | 'en';

/** Labels of the review's documents; each language is its own document (no 'NL / EN' mixing). */
const NL = {
  title: (year: number) => `Jaarreview permanente bètaversie ${year}`,
  themeHeading: 'Thema',
  themesNav: "Thema's",
  seeRecords: 'Bekijk de records',
  revision: 'Revisie',
  compiledAt: 'Samengesteld op',
  strategyVersion: 'Strategieversie',
  totals: 'Totalen',
  theme: 'Thema',
  received: 'Meldingen ontvangen',
  previousYear: 'Vorig jaar',
  change: 'Verschil',
  resolved: 'Afgehandeld',
  open: 'Nog open',
  rejected: 'Afgewezen',
  duplicates: 'Dubbele meldingen',
  clusters: 'Clusters van dubbele meldingen',
  overdue: 'Te laat afgehandeld',
  median: 'Mediane doorlooptijd (werkdagen)',
  p90: '90e percentiel doorlooptijd (werkdagen)',
  outcomes: 'Uitkomsten',
  regulations: 'Meest genoemde regelgeving',
  unidentifiedRegulation: 'Onbekend / niet herkend',
  technologies: 'Technologieën',
  sectors: 'Sectoren (SBI)',
  consultations: 'Consultaties',
  proposals: 'Voorstellen',
  responses: 'Reacties',
  organisations: 'Namens organisaties',
  individuals: 'Van personen',
  respondents: 'Unieke deelnemers',
  consultationReports: 'Consultatieverslagen',
  notableResponses: 'Meest gesteunde reacties',
  amendments: 'Voorgestelde wijzigingen',
  none: 'geen',
};

type Labels = typeof NL;

const EN: Labels = {
  title: (year: number) => `Annual permanent-beta review ${year}`,
  themeHeading: 'Theme',
  themesNav: 'Themes',
  seeRecords: 'See the records',
  revision: 'Revision',
  compiledAt: 'Compiled at',
  strategyVersion: 'Strategy version',
  totals: 'Totals',
  theme: 'Theme',
  received: 'Barrier reports received',
  previousYear: 'Previous year',
  change: 'Change',
  resolved: 'Resolved',
  open: 'Still open',
  rejected: 'Rejected',
  duplicates: 'Duplicates',
  clusters: 'Duplicate clusters',
  overdue: 'Resolved late',
  median: 'Median handling time (working days)',
  p90: 'p90 handling time (working days)',
  outcomes: 'Outcomes',
  regulations: 'Most-cited regulations',
  unidentifiedRegulation: 'Unknown / not identified',
  technologies: 'Technologies',
  sectors: 'Sectors (SBI)',
  consultations: 'Consultations',
  proposals: 'Proposals',
  responses: 'Responses',
  organisations: 'On behalf of organisations',
  individuals: 'From individuals',
  respondents: 'Distinct respondents',
  consultationReports: 'Consultation reports',
  notableResponses: 'Most supported responses',
  amendments: 'Amendments proposed',
  none: 'none',
};

export function labelsFor(lang: ReviewLanguage): Labels {
  return lang === 'en' ? EN : NL;
}

/** A regulation of the figures by name: the index's title and BWB id, or "not identified". */
export function regulationLabel(dimension: string, lang: ReviewLanguage = 'nl'): string {
  if (dimension === UNIDENTIFIED_REGULATION) return labelsFor(lang).unidentifiedRegulation;
  const law = dutchLaw(dimension);
  return law ? `${law.title} (${dimension})` : dimension;
}
