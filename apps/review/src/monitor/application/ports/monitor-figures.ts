import type { SatisfactionRecord } from '../queries/get-satisfaction-records/get-satisfaction-records.query';
/** One ledger counter summed over its dimensions. */
export interface MonitorCounterRow {
  metric: string;
  year: number;
  theme: string;
  value: number;
}

/** What the monitor reads: the latest strategy version's themes and the ledger counters (port). */
export abstract class MonitorFigures {
  /** The latest published strategy version with its themes, or null before the first one. */
  abstract currentStrategy(): Promise<{ version: string; themes: { code: string; title: string }[] } | null>;
  /** Counters without a dimension: the given metrics per year and theme, and the all-years respondents. */
  abstract counters(metrics: string[]): Promise<MonitorCounterRow[]>;
  /** Monthly counts from `since` (Dutch calendar months, `YYYY-MM`): reports in, resolutions, responses. */
  abstract monthly(since: Date): Promise<{ reported: Map<string, number>; resolved: Map<string, number>; responses: Map<string, number> }>;
  /** The same per year, all years. */
  abstract yearly(): Promise<{ reported: Map<number, number>; resolved: Map<number, number>; responses: Map<number, number> }>;
  abstract reportsPerThemeAndYear(): Promise<{ theme: string; year: number; reported: number }[]>;
  abstract resolutionsPerOutcomeAndYear(): Promise<{ outcome: string; year: number; resolved: number }[]>;
  abstract topRegulations(limit: number): Promise<{ bwbId: string; reported: number }[]>;
  /** Reports open today whose answer-by day has passed (Dutch calendar day), per theme code (null: not triaged). */
  abstract overdueNow(now: Date): Promise<{ theme: string | null; count: number }[]>;
  /** Reports resolved per theme code and outcome, all years (null: not triaged). */
  abstract outcomesPerTheme(): Promise<{ theme: string | null; outcome: string; count: number }[]>;
  /** The median handling time in working days of the reports resolved per theme code, all years (the review's rank rule: the ⌈n/2⌉-th). */
  abstract handlingPerTheme(): Promise<{ theme: string | null; median: number }[]>;
  /** Per theme the reports whose answer was judged and how many helped, each report once by its latest verdict (round). */
  abstract satisfactionPerTheme(): Promise<{ theme: string | null; answered: number; satisfied: number }[]>;
  /** The reports `satisfactionPerTheme` counts for one theme, each with its latest verdict (the same rule, the same SQL). */
  abstract satisfactionRecords(theme: string): Promise<SatisfactionRecord[]>;
}
