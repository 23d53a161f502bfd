import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { themeDiffsByCode, ThemeVersion } from '@pb/kernel';
import { UnknownStrategyVersionError } from '../../../domain/strategy.errors';
import { StrategyVersions } from '../../ports/strategy-versions';
import { DiffStrategyVersionsQuery, StrategyVersionsDiff } from './diff-strategy-versions.query';

@QueryHandler(DiffStrategyVersionsQuery)
export class DiffStrategyVersionsHandler implements IQueryHandler<DiffStrategyVersionsQuery, StrategyVersionsDiff> {
  constructor(private readonly versions: StrategyVersions) {}

  async execute({ from, to }: DiffStrategyVersionsQuery): Promise<StrategyVersionsDiff> {
    // One after the other: an unknown `from` is reported before `to` is read.
    const before = await this.themes(from);
    const after = await this.themes(to);
    return { from, to, themes: themeDiffsByCode(before, after) };
  }

  private async themes(version: string): Promise<ThemeVersion[]> {
    const themes = await this.versions.themes(version);
    if (!themes) throw new UnknownStrategyVersionError(version);
    return themes;
  }
}
