import { Controller, Get, Param, Query, Req } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems, PageResponse, pageRequest, pageResponse } from '@pb/http';
import type { Request } from 'express';
import { DiffStrategyVersionsQuery, StrategyVersionsDiff } from '../../application/queries/diff-strategy-versions/diff-strategy-versions.query';
import { ChangelogView, ListStrategyVersionsQuery } from '../../application/queries/list-strategy-versions/list-strategy-versions.query';
import { CHANGELOG_PAGE, ChangelogQueryDto, DiffParamsDto } from './dto/strategy-versions.request.dto';
import { ChangelogDto, StrategyVersionsDiffDto } from './dto/strategy-versions.response.dto';

/**
 * The public changelog of the strategy as the review learnt it from StrategyVersionPublished, and a
 * diff between any two versions — so the outcome of accepted amendments can be checked here too.
 */
@ApiTags('strategy')
@Controller('api/review/strategy/versions')
export class StrategyVersionsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOkResponse({ type: ChangelogDto, description: 'Every strategy version with its changes against the previous one (changelog), oldest first, a page at a time: `{ items, next }`.' })
  @ApiProblems(400, 429)
  async changelog(@Query() query: ChangelogQueryDto, @Req() req: Request): Promise<PageResponse<object>> {
    const page = await this.queries.execute<ListStrategyVersionsQuery, ChangelogView>(new ListStrategyVersionsQuery(pageRequest(query, CHANGELOG_PAGE)));
    return pageResponse(req, page);
  }

  @Get(':version/diff/:other')
  @ApiOkResponse({ type: StrategyVersionsDiffDto, description: 'Themes added, removed or changed from `version` to `other`.' })
  @ApiProblems(400, 404, 429)
  diff(@Param() { version, other }: DiffParamsDto): Promise<StrategyVersionsDiff> {
    return this.queries.execute<DiffStrategyVersionsQuery, StrategyVersionsDiff>(new DiffStrategyVersionsQuery(version, other));
  }
}
