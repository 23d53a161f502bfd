/**
 * The loket's codes the events carry: technologies, company sizes, priorities, departments,
 * outcomes, statuses (each version's), the split's limit.
 * The vocabulary files import nothing, so a service's domain may use them (docs/adr/0015: the
 * dependency rule domain-imports-only-its-domain-kernel-and-contract-vocabulary). The event
 * classes import their codes from here; @pb/contracts exports them as before.
 */

export const TECHNOLOGIES = [
  'ai',
  'blockchain',
  'data-sharing',
  'drones',
  'iot',
  'connectivity',
  'cloud',
  'quantum',
  'other',
] as const;
export type Technology = (typeof TECHNOLOGIES)[number];

/** SBI (Standaard Bedrijfsindeling) sections A to U. */
export const SBI_SECTIONS = 'ABCDEFGHIJKLMNOPQRSTU'.split('') as readonly string[];
export const COMPANY_SIZE_CLASSES = ['micro', 'small', 'medium', 'large'] as const;
export type CompanySizeClass = (typeof COMPANY_SIZE_CLASSES)[number];

export const PRIORITIES = ['low', 'normal', 'high'] as const;
export type Priority = (typeof PRIORITIES)[number];

/**
 * The Dutch ministries a report can be assigned to, by their usual abbreviation (including the
 * names of the 2024 cabinet and the ones still used in older files). The loket accepts only these;
 * the event field is not narrowed to them, so events written under an older list stay readable.
 */
export const DEPARTMENTS = [
  'AZ', // Algemene Zaken
  'BZ', // Buitenlandse Zaken
  'BZK', // Binnenlandse Zaken en Koninkrijksrelaties
  'DEF', // Defensie
  'EZ', // Economische Zaken
  'EZK', // Economische Zaken en Klimaat (until 2024)
  'FIN', // Financiën
  'IenW', // Infrastructuur en Waterstaat
  'JenV', // Justitie en Veiligheid
  'KGG', // Klimaat en Groene Groei
  'LNV', // Landbouw, Natuur en Voedselkwaliteit (until 2024)
  'LVVN', // Landbouw, Visserij, Voedselzekerheid en Natuur
  'OCW', // Onderwijs, Cultuur en Wetenschap
  'SZW', // Sociale Zaken en Werkgelegenheid
  'VRO', // Volkshuisvesting en Ruimtelijke Ordening
  'VWS', // Volksgezondheid, Welzijn en Sport
] as const;
export type Department = (typeof DEPARTMENTS)[number];

/** The codes of a former cabinet, each succeeded by one above (EZK → EZ and KGG, LNV → LVVN): readable in old data, not offered for new. */
export const FORMER_DEPARTMENTS: readonly Department[] = ['EZK', 'LNV'];
/** The ministries of today's cabinet: what a form offers. */
export const CURRENT_DEPARTMENTS: readonly Department[] = DEPARTMENTS.filter((d) => !FORMER_DEPARTMENTS.includes(d));

export const OUTCOMES = [
  'explained',
  'guidance',
  'forwarded',
  'experimentation-space',
  'regulation-change-proposed',
  'not-admissible',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** The most parts one report can be split into (one per department is the use; more is a mistake). */
export const MAX_SPLIT_PARTS = 6;

/** The statuses v1 can carry (frozen: a report reopened or closed after it is announced in v2). */
export const REPORT_STATUSES_V1 = [
  'received',
  'triaged',
  'in_progress',
  'waiting_for_reporter',
  'resolved',
  'duplicate',
  'rejected',
] as const;
export type ReportStatusV1 = (typeof REPORT_STATUSES_V1)[number];

/**
 * The statuses v2 carries: v1's, plus `reopened` (the reporter said the answer did not help; back to
 * its handler with a deadline of its own) and `closed` (the reporter said it did: ended for good).
 * Every status a report can have today is REPORT_STATUSES (v3).
 */
export const REPORT_STATUSES_V2 = [...REPORT_STATUSES_V1, 'reopened', 'closed'] as const;
export type ReportStatusV2 = (typeof REPORT_STATUSES_V2)[number];

/**
 * Every status a report can have: v2's, plus `split` (an official split the report into parts for
 * different departments; the report waits for its parts and ends, `closed`, when all of them have).
 */
export const REPORT_STATUSES = [...REPORT_STATUSES_V2, 'split'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
