import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Clock } from '@pb/kernel';
import { ALL, UNCLASSIFIED, parseThemeRef } from '../../../../shared/domain/figure-key';
import { MonitorFigures } from '../../ports/monitor-figures';
import { GetMonitorQuery, MonitorCounts, MonitorView } from './get-monitor.query';

/** Which ledger metric feeds which monitor count. Distinct respondents come from the all-years keys. */
const SUMMED: Record<string, keyof MonitorCounts> = {
  reports: 'barrierReports',
  resolved: 'resolvedBarrierReports',
  open: 'openBarrierReports',
  overdue: 'resolvedLateBarrierReports',
  clusters: 'duplicateClusters',
  endorsements: 'endorsements',
  proposals: 'proposals',
  responses: 'responses',
};

const zero = (): MonitorCounts => ({
  barrierReports: 0,
  resolvedBarrierReports: 0,
  openBarrierReports: 0,
  overdueBarrierReports: 0,
  resolvedLateBarrierReports: 0,
  duplicateClusters: 0,
  endorsements: 0,
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
    private readonly figures: MonitorFigures,
    private readonly clock: Clock,
  ) {}

  async execute(): Promise<MonitorView> {
    const latest = await this.figures.currentStrategy();
    const themes = [...(latest?.themes ?? [])];
    themes.sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }));
    const rows = await this.figures.counters(Object.keys(SUMMED));
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
    // Overdue means open and past its deadline today, which no counter of the ledger says (it moves
    // with the clock, not with an event): read from the report facts.
    for (const { theme, count } of await this.figures.overdueNow(this.clock.now())) {
      totals.overdueBarrierReports += count;
      const counts = theme ? byCode.get(theme) : undefined;
      if (counts) counts.overdueBarrierReports += count;
    }
    // How the theme's reports ended and how long that took: from the report facts (a median is no sum of counters).
    const [outcomes, handling, verdicts] = await Promise.all([this.figures.outcomesPerTheme(), this.figures.handlingPerTheme(), this.figures.satisfactionPerTheme()]);
    const verdictsOf = new Map(verdicts.filter((v) => v.theme !== null).map((v) => [v.theme!, v]));
    const medians = new Map(handling.filter((h) => h.theme !== null).map((h) => [h.theme!, h.median]));
    return {
      generatedAt: this.clock.now().toISOString(),
      strategyVersion: latest?.version ?? null,
      totals,
      themes: themes.map((t) => ({
        code: t.code,
        title: t.title,
        ...byCode.get(t.code)!,
        outcomes: outcomes.filter((o) => o.theme === t.code).map(({ outcome, count }) => ({ outcome, count })),
        medianHandlingWorkingDays: medians.get(t.code) ?? null,
        satisfaction: { answered: verdictsOf.get(t.code)?.answered ?? 0, satisfied: verdictsOf.get(t.code)?.satisfied ?? 0 },
      })),
    };
  }
}
