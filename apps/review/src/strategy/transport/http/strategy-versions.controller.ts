import { Controller, Get, Param, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '@pb/http';
import { InjectDataSource } from '@nestjs/typeorm';
import { PageOptions, PageQueryDto, PageResponse, pageRequest, pageResponse } from '@pb/http';
import { DomainError, ThemeDiff, ThemeVersion, keysetPage, themeDiffsByCode } from '@pb/kernel';
import { cursorTimestamp } from '@pb/persistence';
import type { Request } from 'express';
import { Matches } from 'class-validator';
import type { DataSource } from 'typeorm';
import { ChangelogDto, StrategyVersionsDiffDto } from './dto/strategy-versions.response.dto';

class UnknownStrategyVersionError extends DomainError {
  readonly code = 'REVIEW.UNKNOWN_STRATEGY_VERSION';
  readonly kind = 'not-found' as const;
  constructor(version: string) {
    super(`Strategieversie ${version} is niet bekend.`, `Strategy version ${version} is not known.`);
  }
}

const VERSION = /^\d{4}\.\d+$/;

/** Oldest first, keyset on (publishedAt, version). */
export const CHANGELOG_PAGE: PageOptions = { defaultLimit: 20, maxLimit: 100, key: ['timestamp', 'text'] };

export class ChangelogQueryDto extends PageQueryDto(CHANGELOG_PAGE) {}

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
  @ApiOkResponse({ type: ChangelogDto, description: 'Every strategy version with its changes against the previous one (changelog), oldest first, a page at a time: `{ items, next }`.' })
  @ApiProblems(400, 429)
  async changelog(@Query() query: ChangelogQueryDto, @Req() req: Request): Promise<PageResponse<object>> {
    const page = pageRequest(query, CHANGELOG_PAGE);
    const [at, version] = page.after ?? [null, null];
    const rows: { cursor_at: string; version: string }[] = await this.dataSource.query(
      `SELECT version, previous_version AS "previousVersion", title, published_at AS "publishedAt", changes, ${cursorTimestamp('published_at')} AS cursor_at
         FROM strategy_versions WHERE $1::timestamptz IS NULL OR (published_at, version) > ($1::timestamptz, $2::text)
        ORDER BY published_at, version LIMIT $3`,
      [at, version, page.limit + 1],
    );
    return pageResponse(req, keysetPage(rows, page.limit, (r) => [r.cursor_at, r.version], ({ cursor_at: _c, ...row }) => row));
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
    return { from: version, to: other, themes: themeDiffsByCode(await load(version), await load(other)) };
  }
}
