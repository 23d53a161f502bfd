import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { regulationName } from '../../support/regulation-name';
import { RegulationIndex } from '../../ports/regulation-index';
import { ListRegulationsQuery, RegulationListView } from './list-regulations.query';

/** Every regulation cited anywhere, most reported first, named from the regulation index. */
@QueryHandler(ListRegulationsQuery)
export class ListRegulationsHandler implements IQueryHandler<ListRegulationsQuery, RegulationListView> {
  constructor(private readonly index: RegulationIndex) {}

  async execute(): Promise<RegulationListView> {
    return { items: (await this.index.summaries()).map((s) => ({ ...regulationName(s.bwbId), ...s })) };
  }
}
