import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { StrategyVersion } from '../../../domain/strategy-version';
import { StrategyVersionNotFoundError } from '../../../domain/strategy.errors';
import { StrategyVersionReadModel } from '../../ports/strategy-version.read-model';
import { GetCurrentStrategyQuery } from './get-current-strategy.query';

@QueryHandler(GetCurrentStrategyQuery)
export class GetCurrentStrategyHandler implements IQueryHandler<GetCurrentStrategyQuery, StrategyVersion> {
  constructor(private readonly versions: StrategyVersionReadModel) {}

  async execute(): Promise<StrategyVersion> {
    const v = await this.versions.current();
    if (!v) throw new StrategyVersionNotFoundError('(geen)');
    return v;
  }
}
