import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { ThemeVersion } from '@pb/kernel';
import { UnknownStrategyVersionError } from '../../../domain/strategy.errors';
import { StrategyVersions } from '../../ports/strategy-versions';
import { GetStrategyThemesQuery } from './get-strategy-themes.query';

@QueryHandler(GetStrategyThemesQuery)
export class GetStrategyThemesHandler implements IQueryHandler<GetStrategyThemesQuery, ThemeVersion[]> {
  constructor(private readonly versions: StrategyVersions) {}

  async execute({ version }: GetStrategyThemesQuery): Promise<ThemeVersion[]> {
    const themes = await this.versions.themes(version);
    if (!themes) throw new UnknownStrategyVersionError(version);
    return themes;
  }
}
