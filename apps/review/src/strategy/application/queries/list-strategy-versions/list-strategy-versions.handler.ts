import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { StrategyVersions } from '../../ports/strategy-versions';
import { ChangelogView, ListStrategyVersionsQuery } from './list-strategy-versions.query';

/** The public changelog: every version with its changes against the previous one. */
@QueryHandler(ListStrategyVersionsQuery)
export class ListStrategyVersionsHandler implements IQueryHandler<ListStrategyVersionsQuery, ChangelogView> {
  constructor(private readonly versions: StrategyVersions) {}

  execute({ page }: ListStrategyVersionsQuery): Promise<ChangelogView> {
    return this.versions.changelog(page);
  }
}
