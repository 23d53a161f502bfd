import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PageRequest } from '@pb/kernel';
import type { DataSource } from 'typeorm';
import { StrategyDiff, StrategyVersion, diffVersions } from '../../domain/strategy-version';
import { StrategyVersionNotFoundError } from '../../domain/strategy.errors';
import { StrategyVersionStore } from '../../infrastructure/strategy-version.store';

export class GetCurrentStrategyQuery {}

export class ListStrategyVersionsQuery {
  constructor(readonly page: PageRequest) {}
}

export class GetStrategyVersionQuery {
  constructor(
    readonly version: string,
    readonly diffAgainst?: string,
  ) {}
}

export type StrategyVersionView = StrategyVersion & { diff?: StrategyDiff };

@QueryHandler(GetCurrentStrategyQuery)
export class GetCurrentStrategyHandler implements IQueryHandler<GetCurrentStrategyQuery, StrategyVersion> {
  constructor(@InjectDataSource() private readonly ds: DataSource, private readonly store: StrategyVersionStore) {}
  async execute(): Promise<StrategyVersion> {
    const v = await this.store.current(this.ds.manager);
    if (!v) throw new StrategyVersionNotFoundError('(geen)');
    return v;
  }
}

@QueryHandler(ListStrategyVersionsQuery)
export class ListStrategyVersionsHandler implements IQueryHandler<ListStrategyVersionsQuery> {
  constructor(@InjectDataSource() private readonly ds: DataSource, private readonly store: StrategyVersionStore) {}
  execute({ page }: ListStrategyVersionsQuery) {
    return this.store.list(this.ds.manager, page);
  }
}

@QueryHandler(GetStrategyVersionQuery)
export class GetStrategyVersionHandler implements IQueryHandler<GetStrategyVersionQuery, StrategyVersionView> {
  constructor(@InjectDataSource() private readonly ds: DataSource, private readonly store: StrategyVersionStore) {}
  async execute({ version, diffAgainst }: GetStrategyVersionQuery): Promise<StrategyVersionView> {
    const v = await this.store.find(this.ds.manager, version);
    if (!v) throw new StrategyVersionNotFoundError(version);
    if (!diffAgainst) return v;
    const other = await this.store.find(this.ds.manager, diffAgainst);
    if (!other) throw new StrategyVersionNotFoundError(diffAgainst);
    // The diff reads from the older to the newer version, whichever way round it was asked.
    const [older, newer] = other.publishedAt <= v.publishedAt ? [other, v] : [v, other];
    return { ...v, diff: diffVersions(older, newer) };
  }
}
