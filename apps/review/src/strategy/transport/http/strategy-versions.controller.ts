import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '@pb/http';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError } from '@pb/kernel';
import { Matches } from 'class-validator';
import type { DataSource } from 'typeorm';
import { ThemeDiff, ThemeVersion, diffThemes } from '../../domain/strategy-diff';
import { ChangelogDto, StrategyVersionsDiffDto } from './dto/strategy-versions.response.dto';

class UnknownStrategyVersionError extends DomainError {
  readonly code = 'REVIEW.UNKNOWN_STRATEGY_VERSION';
  readonly kind = 'not-found' as const;
  constructor(version: string) {
    super(`Strategieversie ${version} is niet bekend.`, `Strategy version ${version} is not known.`);
  }
}

const VERSION = /^\d{4}\.\d+$/;

export class DiffParamsDto {
  @ApiProperty({ pattern: VERSION.source, example: '2018.0' })
  @Matches(VERSION)
  version!: string;

  @ApiProperty({ pattern: VERSION.source, example: '2018.1' })
  @Matches(VERSION)
  other!: string;
}

/**
 * The public changelog of the strategy as the review learnt it from StrategyVersionPublished, and a
 * diff between any two versions — so the outcome of accepted amendments can be checked here too.
 */
@ApiTags('strategy')
@Controller('api/review/strategy/versions')
export class StrategyVersionsController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @ApiOkResponse({ type: ChangelogDto, description: 'Every strategy version with its changes against the previous one (changelog).' })
  @ApiProblems(429)
  async changelog(): Promise<ChangelogDto> {
    const rows = await this.dataSource.query(
      `SELECT version, previous_version AS "previousVersion", title, published_at AS "publishedAt", changes FROM strategy_versions ORDER BY published_at, version`,
    );
    return { versions: rows };
  }

  @Get(':version/diff/:other')
  @ApiOkResponse({ type: StrategyVersionsDiffDto, description: 'Themes added, removed or changed from `version` to `other`.' })
  @ApiProblems(400, 404, 429)
  async diff(@Param() { version, other }: DiffParamsDto): Promise<{ from: string; to: string; themes: ThemeDiff[] }> {
    const load = async (v: string): Promise<ThemeVersion[]> => {
      const [known] = await this.dataSource.query(`SELECT 1 FROM strategy_versions WHERE version = $1`, [v]);
      if (!known) throw new UnknownStrategyVersionError(v);
      return this.dataSource.query(`SELECT code, title, ambition, actions FROM strategy_themes WHERE version = $1`, [v]);
    };
    return { from: version, to: other, themes: diffThemes(await load(version), await load(other)) };
  }
}
