import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { MonitorCounterRow, MonitorFigures } from '../../application/ports/monitor-figures';
import type { SatisfactionRecord } from '../../application/queries/get-satisfaction-records/get-satisfaction-records.query';

/**
 * Each report's latest verdict (the highest round): what satisfaction counts, in the figure and in
 * its drill-down alike.
 */
const LATEST_VERDICTS = `SELECT DISTINCT ON (report_id) report_id, round, satisfied, outcome FROM report_satisfaction ORDER BY report_id, round DESC`;

/** `strategy_versions`, `strategy_themes` and `figure_counters`, read with parameterised SQL. */
@Injectable()
export class SqlMonitorFigures extends MonitorFigures {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async currentStrategy(): Promise<{ version: string; themes: { code: string; title: string }[] } | null> {
    const [latest] = await this.dataSource.query(`SELECT version FROM strategy_versions ORDER BY published_at DESC, version DESC LIMIT 1`);
    if (!latest) return null;
    const themes: { code: string; title: string }[] = await this.dataSource.query(`SELECT code, title FROM strategy_themes WHERE version = $1`, [latest.version]);
    return { version: latest.version, themes };
  }

  counters(metrics: string[]): Promise<MonitorCounterRow[]> {
    return this.dataSource.query(
      `SELECT metric, year, theme, sum(value)::int AS value FROM figure_counters
        WHERE dimension = '' AND ((year > 0 AND metric = ANY($1::text[])) OR (year = 0 AND metric = 'respondents'))
        GROUP BY metric, year, theme`,
      [metrics],
    );
  }

  async overdueNow(now: Date): Promise<{ theme: string | null; count: number }[]> {
    // The loket's answer-by is a day; a report is overdue from the next Dutch calendar day on.
    return this.dataSource.query(
      `SELECT theme, count(*)::int AS count FROM report_facts
        WHERE status NOT IN ('resolved', 'duplicate', 'rejected') AND answer_by IS NOT NULL
          AND (answer_by AT TIME ZONE 'UTC')::date < ($1::timestamptz AT TIME ZONE 'Europe/Amsterdam')::date
        GROUP BY theme`,
      [now],
    );
  }

  outcomesPerTheme(): Promise<{ theme: string | null; outcome: string; count: number }[]> {
    return this.dataSource.query(`SELECT theme, outcome, count(*)::int AS count FROM report_facts WHERE outcome IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2`);
  }

  handlingPerTheme(): Promise<{ theme: string | null; median: number }[]> {
    // percentile_disc(0.5) is the first value at or past half the reports: the review's ⌈n/2⌉-th.
    return this.dataSource.query(
      `SELECT theme, percentile_disc(0.5) WITHIN GROUP (ORDER BY handling_working_days)::int AS median
         FROM report_facts WHERE handling_working_days IS NOT NULL GROUP BY 1`,
    );
  }

  satisfactionPerTheme(): Promise<{ theme: string | null; answered: number; satisfied: number }[]> {
    // A report counts once, with its latest verdict: a reporter who said "no", had the report
    // reopened and then said "yes" was helped in the end, and counting each round would weigh
    // reopened reports double (and count the "no" that the reopening already answered). The table
    // keeps every round (history, and a replay in any order rebuilds it row for row); the latest
    // round is chosen here, so live and replayed projections give the same figure.
    return this.dataSource.query(
      `SELECT f.theme, count(*)::int AS answered, (count(*) FILTER (WHERE s.satisfied))::int AS satisfied
         FROM (${LATEST_VERDICTS}) s JOIN report_facts f ON f.report_id = s.report_id GROUP BY 1`,
    );
  }

  satisfactionRecords(theme: string): Promise<SatisfactionRecord[]> {
    return this.dataSource.query(
      `SELECT s.report_id::text AS "reportId", f.reference, s.round, s.satisfied, s.outcome, coalesce(f.published, false) AS published
         FROM (${LATEST_VERDICTS}) s JOIN report_facts f ON f.report_id = s.report_id
        WHERE f.theme = $1 ORDER BY f.reference`,
      [theme],
    );
  }

  // Trends: set-based counts over the projections' facts, in Dutch calendar months and years.

  async monthly(since: Date): Promise<{ reported: Map<string, number>; resolved: Map<string, number>; responses: Map<string, number> }> {
    const month = (column: string) => `to_char(date_trunc('month', ${column} AT TIME ZONE 'Europe/Amsterdam'), 'YYYY-MM')`;
    const [reported, resolved, responses]: { key: string; n: number }[][] = await Promise.all([
      this.dataSource.query(`SELECT ${month('reported_at')} AS key, count(*)::int AS n FROM report_facts WHERE reported_at >= $1 GROUP BY 1`, [since]),
      this.dataSource.query(`SELECT ${month('resolved_at')} AS key, count(*)::int AS n FROM report_facts WHERE status = 'resolved' AND resolved_at >= $1 GROUP BY 1`, [since]),
      this.dataSource.query(`SELECT ${month('submitted_at')} AS key, count(*)::int AS n FROM response_facts WHERE submitted_at >= $1 GROUP BY 1`, [since]),
    ]);
    const toMap = (rows: { key: string; n: number }[]) => new Map(rows.map((r) => [r.key, r.n]));
    return { reported: toMap(reported), resolved: toMap(resolved), responses: toMap(responses) };
  }

  async yearly(): Promise<{ reported: Map<number, number>; resolved: Map<number, number>; responses: Map<number, number> }> {
    const [reported, resolved, responses]: { key: number; n: number }[][] = await Promise.all([
      this.dataSource.query(`SELECT year AS key, count(*)::int AS n FROM report_facts GROUP BY 1`),
      this.dataSource.query(`SELECT date_part('year', resolved_at AT TIME ZONE 'Europe/Amsterdam')::int AS key, count(*)::int AS n FROM report_facts WHERE status = 'resolved' AND resolved_at IS NOT NULL GROUP BY 1`),
      this.dataSource.query(`SELECT year AS key, count(*)::int AS n FROM response_facts GROUP BY 1`),
    ]);
    const toMap = (rows: { key: number; n: number }[]) => new Map(rows.map((r) => [Number(r.key), r.n]));
    return { reported: toMap(reported), resolved: toMap(resolved), responses: toMap(responses) };
  }

  reportsPerThemeAndYear(): Promise<{ theme: string; year: number; reported: number }[]> {
    return this.dataSource.query(`SELECT theme, year, count(*)::int AS reported FROM report_facts WHERE theme IS NOT NULL GROUP BY theme, year ORDER BY year, theme`);
  }

  resolutionsPerOutcomeAndYear(): Promise<{ outcome: string; year: number; resolved: number }[]> {
    return this.dataSource.query(
      `SELECT outcome, date_part('year', resolved_at AT TIME ZONE 'Europe/Amsterdam')::int AS year, count(*)::int AS resolved
         FROM report_facts WHERE outcome IS NOT NULL AND resolved_at IS NOT NULL GROUP BY 1, 2 ORDER BY 2, 1`,
    );
  }

  topRegulations(limit: number): Promise<{ bwbId: string; reported: number }[]> {
    return this.dataSource.query(
      `SELECT regulation_bwb_id AS "bwbId", count(*)::int AS reported FROM report_facts WHERE regulation_bwb_id IS NOT NULL
        GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT $1`,
      [limit],
    );
  }
}
