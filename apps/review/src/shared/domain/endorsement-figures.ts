import { formatKey, themeRef } from './figure-key';
import type { ReportFact } from './report-figures';

/** The ledger metric of "this is my barrier too": one record per endorsement (a company, not a report). */
export const ENDORSEMENT_METRIC = 'endorsements';

/**
 * The figure one endorsement counts towards: the year it was made in, under the theme its report
 * has now (a re-triage moves it along). A pure function of the two, like reportFigureKeys, so the
 * ledger only applies differences and the projection does not depend on arrival order.
 */
export function endorsementFigureKeys(year: number, report: Pick<ReportFact, 'theme' | 'strategyVersion'>): string[] {
  return [formatKey({ metric: ENDORSEMENT_METRIC, year, theme: themeRef(report.theme, report.strategyVersion), dimension: '' })];
}
