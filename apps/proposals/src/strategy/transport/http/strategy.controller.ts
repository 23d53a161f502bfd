import { Controller, Get, Param, Query, Req } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '@pb/http';
import { IsOptional, Matches } from 'class-validator';
import { STRATEGY_VERSION_PATTERN } from '@pb/contracts';
import { PageOptions, PageQueryDto, pageRequest, pageResponse } from '@pb/http';
import type { KeysetPage } from '@pb/kernel';
import type { Request } from 'express';
import type { StrategyVersionSummary } from '../../application/ports/strategy-version.read-model';
import { GetCurrentStrategyQuery } from '../../application/queries/get-current-strategy/get-current-strategy.query';
import { GetStrategyVersionQuery, StrategyVersionView } from '../../application/queries/get-strategy-version/get-strategy-version.query';
import { ListStrategyVersionsQuery } from '../../application/queries/list-strategy-versions/list-strategy-versions.query';
import type { StrategyVersion } from '../../domain/strategy-version';
import { strategyDiffView } from './strategy-diff.view';
import { StrategyVersionDto, StrategyVersionListDto } from './dto/strategy.response.dto';

export class StrategyVersionParams {
  @ApiProperty({ pattern: STRATEGY_VERSION_PATTERN.source, example: '2018.0' })
  @Matches(STRATEGY_VERSION_PATTERN)
  version!: string;
}

/** Newest first, keyset on the publication sequence. */
export const STRATEGY_VERSIONS_PAGE: PageOptions = { defaultLimit: 20, maxLimit: 100, key: ['int'] };

export class StrategyVersionsQueryDto extends PageQueryDto(STRATEGY_VERSIONS_PAGE) {}

export class StrategyDiffQueryDto {
  @ApiPropertyOptional({ pattern: STRATEGY_VERSION_PATTERN.source, description: 'Another version to compare with, e.g. 2018.0' })
  @IsOptional()
  @Matches(STRATEGY_VERSION_PATTERN)
  diff?: string;
}

const view = (v: StrategyVersionView) => ({
  version: v.version,
  previousVersion: v.previousVersion,
  title: v.title,
  publishedAt: v.publishedAt.toISOString(),
  tracks: v.tracks,
  themes: v.themes,
  changelog: v.changes,
  ...(v.diff ? { diff: strategyDiffView(v.diff) } : {}),
});

@ApiTags('strategy')
@Controller('api/strategy')
export class StrategyController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOkResponse({ type: StrategyVersionDto, description: 'The current strategy version: tracks (nested as in the source) and flat themes.' })
  @ApiProblems(404, 429)
  async current() {
    return view(await this.queries.execute<GetCurrentStrategyQuery, StrategyVersion>(new GetCurrentStrategyQuery()));
  }

  @Get('versions')
  @ApiOkResponse({ type: StrategyVersionListDto, description: 'Every published version, newest first, with its changelog, a page at a time: `{ items, next }`.' })
  @ApiProblems(400, 429)
  async versions(@Query() query: StrategyVersionsQueryDto, @Req() req: Request) {
    const page = await this.queries.execute<ListStrategyVersionsQuery, KeysetPage<StrategyVersionSummary>>(new ListStrategyVersionsQuery(pageRequest(query, STRATEGY_VERSIONS_PAGE)));
    const items = page.items.map((v) => ({ version: v.version, previousVersion: v.previousVersion, title: v.title, publishedAt: v.publishedAt.toISOString(), changelog: v.changes }));
    return pageResponse(req, { items, nextKey: page.nextKey });
  }

  @Get('versions/:version')
  @ApiOkResponse({ type: StrategyVersionDto })
  @ApiProblems(400, 404, 429)
  async version(@Param() params: StrategyVersionParams, @Query() query: StrategyDiffQueryDto) {
    return view(await this.queries.execute<GetStrategyVersionQuery, StrategyVersionView>(new GetStrategyVersionQuery(params.version, query.diff)));
  }
}
