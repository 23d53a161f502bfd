import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { KeysetPage } from '@pb/kernel';
import { StrategyVersionReadModel, StrategyVersionSummary } from '../../ports/strategy-version.read-model';
import { ListStrategyVersionsQuery } from './list-strategy-versions.query';

@QueryHandler(ListStrategyVersionsQuery)
export class ListStrategyVersionsHandler implements IQueryHandler<ListStrategyVersionsQuery, KeysetPage<StrategyVersionSummary>> {
  constructor(private readonly versions: StrategyVersionReadModel) {}

  execute({ page }: ListStrategyVersionsQuery): Promise<KeysetPage<StrategyVersionSummary>> {
    return this.versions.list(page);
  }
}
