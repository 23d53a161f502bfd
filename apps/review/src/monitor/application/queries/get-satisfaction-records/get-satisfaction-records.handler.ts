import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { MonitorFigures } from '../../ports/monitor-figures';
import { GetSatisfactionRecordsQuery, SatisfactionRecordsView } from './get-satisfaction-records.query';

/**
 * The drill-down of a theme's satisfaction: the reports the figure counted, each with the verdict
 * that counted (its latest). The counts are taken from the records themselves, so the figure and
 * its drill-down cannot disagree.
 */
@QueryHandler(GetSatisfactionRecordsQuery)
export class GetSatisfactionRecordsHandler implements IQueryHandler<GetSatisfactionRecordsQuery, SatisfactionRecordsView> {
  constructor(private readonly figures: MonitorFigures) {}

  async execute({ theme }: GetSatisfactionRecordsQuery): Promise<SatisfactionRecordsView> {
    const records = await this.figures.satisfactionRecords(theme);
    return { theme, answered: records.length, satisfied: records.filter((r) => r.satisfied).length, records };
  }
}
