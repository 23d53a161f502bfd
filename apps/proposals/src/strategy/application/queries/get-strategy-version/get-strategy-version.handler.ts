import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { diffStrategyThemes } from '@pb/kernel';
import { StrategyVersionNotFoundError } from '../../../domain/strategy.errors';
import { StrategyVersionReadModel } from '../../ports/strategy-version.read-model';
import { GetStrategyVersionQuery, StrategyVersionView } from './get-strategy-version.query';

@QueryHandler(GetStrategyVersionQuery)
export class GetStrategyVersionHandler implements IQueryHandler<GetStrategyVersionQuery, StrategyVersionView> {
  constructor(private readonly versions: StrategyVersionReadModel) {}

  async execute({ version, diffAgainst }: GetStrategyVersionQuery): Promise<StrategyVersionView> {
    const v = await this.versions.find(version);
    if (!v) throw new StrategyVersionNotFoundError(version);
    if (!diffAgainst) return v;
    const other = await this.versions.find(diffAgainst);
    if (!other) throw new StrategyVersionNotFoundError(diffAgainst);
    // The diff reads from the older to the newer version, whichever way round it was asked.
    const [older, newer] = other.publishedAt <= v.publishedAt ? [other, v] : [v, other];
    return { ...v, diff: { from: older.version, to: newer.version, ...diffStrategyThemes(older.themes, newer.themes) } };
  }
}
