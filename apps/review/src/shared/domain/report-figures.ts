import { FigureKey, formatKey, themeRef } from './figure-key';

/** What the review knows of one barrier report, learnt from loket events only. */
export interface ReportFact {
  reportId: string;
  reportedAt: string | null;
  year: number | null;
  theme: string | null;
  strategyVersion: string | null;
  status: string | null;
  technology: string | null;
  sector: string | null;
  regulationBwbId: string | null;
  outcome: string | null;
  handlingWorkingDays: number | null;
  overdue: boolean | null;
  duplicateOf: string | null;
  duplicateCount: number;
}

export const REPORT_METRICS = {
  reports: 'barrier reports received',
  resolved: 'resolved',
  open: 'still open',
  rejected: 'rejected',
  duplicates: 'marked as duplicate',
  clusters: 'duplicate clusters (original reports with at least one duplicate)',
  overdue: 'resolved after the deadline',
  outcome: 'outcome',
  handling: 'handling time in working days (resolved)',
  regulation: 'cited regulation (BWB id; - not identified)',
  'regulation-clusters': 'duplicate clusters per cited regulation (BWB id; - not identified)',
  technology: 'technology',
  sector: 'sector (SBI section)',
} as const;

/**
 * Statuses in which nobody handles the report any more. `closed`: the reporter said the answer
 * helped (it stays resolved), or every part of a split report ended (no outcome of its own).
 */
const CLOSED = new Set(['resolved', 'duplicate', 'rejected', 'closed']);

/** The regulation dimension of a report whose regulation nothing identified (no BWB id). */
export const UNIDENTIFIED_REGULATION = '-';

/**
 * The figures one report counts towards, given what is known of it now. A pure function of the
 * fact, so the ledger only has to apply the difference before/after each event — which makes the
 * projection the same whatever order events of different reports arrive in (replay equals live).
 */
export function reportFigureKeys(fact: ReportFact): string[] {
  if (fact.year === null || fact.reportedAt === null) return []; // placeholder: not reported yet
  const year = fact.year;
  const theme = themeRef(fact.theme, fact.strategyVersion);
  const keys: FigureKey[] = [{ metric: 'reports', year, theme, dimension: '' }];
  const add = (metric: keyof typeof REPORT_METRICS, dimension = ''): void => void keys.push({ metric, year, theme, dimension });
  if (fact.status === 'resolved' || (fact.status === 'closed' && fact.outcome)) add('resolved');
  if (fact.status === 'rejected') add('rejected');
  if (fact.status === 'duplicate' || fact.duplicateOf) add('duplicates');
  if (fact.status && !CLOSED.has(fact.status)) add('open');
  if (fact.duplicateCount > 0) add('clusters');
  if (fact.outcome) add('outcome', fact.outcome);
  if (fact.outcome && fact.overdue) add('overdue');
  if (fact.outcome && fact.handlingWorkingDays !== null) add('handling', String(fact.handlingWorkingDays));
  add('regulation', fact.regulationBwbId ?? UNIDENTIFIED_REGULATION);
  // The annual review ranks regulations by the clusters of barriers that cite them (issue 12, item 5).
  if (fact.duplicateCount > 0) add('regulation-clusters', fact.regulationBwbId ?? UNIDENTIFIED_REGULATION);
  if (fact.technology) add('technology', fact.technology);
  if (fact.sector) add('sector', fact.sector);
  return keys.map(formatKey);
}
