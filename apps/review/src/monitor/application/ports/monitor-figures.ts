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
  /** Reports open today whose answer-by day has passed (Dutch calendar day), per theme code (null: not triaged). */
  abstract overdueNow(now: Date): Promise<{ theme: string | null; count: number }[]>;
}
