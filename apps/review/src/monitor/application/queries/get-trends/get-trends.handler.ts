import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Clock } from '@pb/kernel';
import { fillMonths, fillYears, monthsUpTo, MonitorTrends } from '../../../domain/trends';
import { MonitorFigures } from '../../ports/monitor-figures';
import { GetTrendsQuery } from './get-trends.query';

const DUTCH_MONTH = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit' });
const dutchMonth = (at: Date): string => DUTCH_MONTH.format(at).slice(0, 7);

/** The monitor's trends: per month (24), per year, per theme, per outcome, and the most-cited regulations. */
@QueryHandler(GetTrendsQuery)
export class GetTrendsHandler implements IQueryHandler<GetTrendsQuery, MonitorTrends> {
  constructor(
    private readonly figures: MonitorFigures,
    private readonly clock: Clock,
  ) {}

  async execute(): Promise<MonitorTrends> {
    const current = dutchMonth(this.clock.now());
    // A day before the window's first month in UTC: the counts are grouped by Dutch month, and the
    // months before the window are left out by fillMonths, whatever the offset (+01:00 or +02:00).
    const since = new Date(Date.parse(`${monthsUpTo(current)[0]}-01T00:00:00Z`) - 86_400_000);
    const [monthly, yearly, themes, outcomes, regulations] = await Promise.all([
      this.figures.monthly(since),
      this.figures.yearly(),
      this.figures.reportsPerThemeAndYear(),
      this.figures.resolutionsPerOutcomeAndYear(),
      this.figures.topRegulations(10),
    ]);
    return {
      months: fillMonths(current, monthly.reported, monthly.resolved, monthly.responses),
      years: fillYears(Number(current.slice(0, 4)), yearly.reported, yearly.resolved, yearly.responses),
      themes,
      outcomes,
      regulations,
    };
  }
}
