import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { MonitorCounterRow, MonitorFigures } from '../../application/ports/monitor-figures';

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
}
