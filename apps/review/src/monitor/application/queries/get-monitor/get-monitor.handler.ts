import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@pb/kernel';
import type { DataSource } from 'typeorm';
import { ALL, UNCLASSIFIED, parseThemeRef } from '../../../../projections/domain/figure-key';
import { GetMonitorQuery, MonitorCounts, MonitorView } from './get-monitor.query';

/** Which ledger metric feeds which monitor count. Distinct respondents come from the all-years keys. */
const SUMMED: Record<string, keyof MonitorCounts> = {
  reports: 'barrierReports',
  resolved: 'resolvedBarrierReports',
  open: 'openBarrierReports',
  overdue: 'overdueBarrierReports',
  clusters: 'duplicateClusters',
  proposals: 'proposals',
  responses: 'responses',
};

const zero = (): MonitorCounts => ({
  barrierReports: 0,
  resolvedBarrierReports: 0,
  openBarrierReports: 0,
  overdueBarrierReports: 0,
  duplicateClusters: 0,
  proposals: 0,
  responses: 0,
  respondents: 0,
});

/**
 * Live figures from the ledger counters: cost by metrics × themes × years, not by events. Themes
 * are those of the latest strategy version; a record classified under an older version counts for
 * the theme with the same code. Totals include records not classified yet.
 */
@QueryHandler(GetMonitorQuery)
export class GetMonitorHandler implements IQueryHandler<GetMonitorQuery, MonitorView> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute(): Promise<MonitorView> {
    const [latest] = await this.dataSource.query(`SELECT version FROM strategy_versions ORDER BY published_at DESC, version DESC LIMIT 1`);
    const themes: { code: string; title: string }[] = latest
      ? await this.dataSource.query(`SELECT code, title FROM strategy_themes WHERE version = $1`, [latest.version])
      : [];
    themes.sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }));
    const rows: { metric: string; year: number; theme: string; value: number }[] = await this.dataSource.query(
      `SELECT metric, year, theme, sum(value)::int AS value FROM figure_counters
        WHERE dimension = '' AND ((year > 0 AND metric = ANY($1::text[])) OR (year = 0 AND metric = 'respondents'))
        GROUP BY metric, year, theme`,
      [Object.keys(SUMMED)],
    );
    const totals = zero();
    const byCode = new Map(themes.map((t) => [t.code, zero()]));
    for (const row of rows) {
      const field = row.metric === 'respondents' ? 'respondents' : SUMMED[row.metric];
      const code = row.theme === ALL || row.theme === UNCLASSIFIED ? null : parseThemeRef(row.theme)?.code;
      if (row.metric === 'respondents') {
        if (row.theme === ALL) totals.respondents += row.value;
      } else {
        totals[field] += row.value;
      }
      const counts = code ? byCode.get(code) : undefined;
      if (counts) counts[field] += row.value;
    }
    return {
      generatedAt: this.clock.now().toISOString(),
      strategyVersion: latest?.version ?? null,
      totals,
      themes: themes.map((t) => ({ code: t.code, title: t.title, ...byCode.get(t.code)! })),
    };
  }
}
