import { dutchLaw } from '@pb/regulations';
import { UNIDENTIFIED_REGULATION } from '../../../projections/domain/report-figures';

/** Labels for what readers see: Dutch first, English second. */
export const LABELS = {
  title: (year: number) => `Jaarreview permanente bètaversie ${year} / Annual permanent-beta review ${year}`,
  revision: 'Revisie / Revision',
  compiledAt: 'Samengesteld op / Compiled at',
  strategyVersion: 'Strategieversie / Strategy version',
  totals: 'Totalen / Totals',
  theme: 'Thema / Theme',
  received: 'Meldingen ontvangen / Barrier reports received',
  previousYear: 'Vorig jaar / Previous year',
  change: 'Verschil / Change',
  resolved: 'Afgehandeld / Resolved',
  open: 'Nog open / Still open',
  rejected: 'Afgewezen / Rejected',
  duplicates: 'Dubbele meldingen / Duplicates',
  clusters: 'Clusters van dubbele meldingen / Duplicate clusters',
  overdue: 'Te laat afgehandeld / Resolved late',
  median: 'Mediane doorlooptijd (werkdagen) / Median handling time (working days)',
  p90: '90e percentiel doorlooptijd (werkdagen) / p90 handling time (working days)',
  outcomes: 'Uitkomsten / Outcomes',
  regulations: 'Meest genoemde regelgeving / Most-cited regulations',
  unidentifiedRegulation: 'Onbekend / niet herkend — Unknown / not identified',
  technologies: 'Technologieën / Technologies',
  sectors: 'Sectoren (SBI) / Sectors (SBI)',
  consultations: 'Consultaties / Consultations',
  proposals: 'Voorstellen / Proposals',
  responses: 'Reacties / Responses',
  organisations: 'Namens organisaties / On behalf of organisations',
  individuals: 'Van personen / From individuals',
  respondents: 'Unieke deelnemers / Distinct respondents',
  consultationReports: 'Consultatieverslagen / Consultation reports',
  notableResponses: 'Meest gesteunde reacties / Most supported responses',
  amendments: 'Voorgestelde wijzigingen / Amendments proposed',
  none: 'geen / none',
} as const;

/** A regulation of the figures by name: the index's title and BWB id, or "not identified". */
export function regulationLabel(dimension: string): string {
  if (dimension === UNIDENTIFIED_REGULATION) return LABELS.unidentifiedRegulation;
  const law = dutchLaw(dimension);
  return law ? `${law.title} (${dimension})` : dimension;
}
