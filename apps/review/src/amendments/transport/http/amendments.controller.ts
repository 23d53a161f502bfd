import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@pb/auth';
import { PageOptions, PageQueryDto, PageResponse, pageRequest, pageResponse } from '@pb/http';
import type { Request, Response } from 'express';
import { JobParamsDto, YearParamsDto } from '../../../reviews/transport/http/dto/review-params.dto';
import { DecideAmendmentCommand, ProposeAmendmentCommand, RequestStrategyRevisionCommand } from '../../application/commands/amendment.commands';
import { RevisionRequestView } from '../../application/commands/amendment.handlers';
import { AmendmentsView, ListAmendmentsQuery } from '../../application/queries/list-amendments.query';
import { DecideAmendmentRequestDto, ProposeAmendmentRequestDto } from './dto/amendment.request.dto';

/** A year's amendments, oldest first, keyset on (proposedAt, id). */
export const AMENDMENTS_PAGE: PageOptions = { defaultLimit: 20, maxLimit: 100, key: ['timestamp', 'uuid'] };

export class AmendmentsQueryDto extends PageQueryDto(AMENDMENTS_PAGE) {}

@ApiTags('amendments')
@Controller('api/review')
export class AmendmentsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post('years/:year/amendments')
  @Roles('coordinator')
  @ApiBearerAuth()
  async propose(@Param() { year }: YearParamsDto, @Body() body: ProposeAmendmentRequestDto, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) res: Response): Promise<{ id: string; status: string }> {
    const { id } = await this.commands.execute<ProposeAmendmentCommand, { id: string }>(new ProposeAmendmentCommand(Number(year), body, principal.id));
    res.status(201).location(`/api/review/years/${year}/amendments#${id}`);
    return { id, status: 'proposed' };
  }

  @Get('years/:year/amendments')
  @ApiOkResponse({ description: 'The amendments of a year, oldest first, a page at a time: `{ year, items, next }`.' })
  async list(@Param() { year }: YearParamsDto, @Query() query: AmendmentsQueryDto, @Req() req: Request): Promise<{ year: number } & PageResponse<Record<string, unknown>>> {
    const { year: y, ...page } = await this.queries.execute<ListAmendmentsQuery, AmendmentsView>(new ListAmendmentsQuery(Number(year), pageRequest(query, AMENDMENTS_PAGE)));
    return { year: y, ...pageResponse(req, page) };
  }

  @Post('amendments/:id/decision')
  @Roles('coordinator')
  @HttpCode(200)
  @ApiBearerAuth()
  decide(@Param() { id }: JobParamsDto, @Body() body: DecideAmendmentRequestDto, @CurrentPrincipal() principal: Principal): Promise<{ id: string; status: string }> {
    return this.commands.execute(new DecideAmendmentCommand(id, body.decision, body.reason, principal.id));
  }

  /** Asks for the next strategy version from the year's accepted amendments (by event; the proposals service publishes it). */
  @Post('years/:year/strategy-revision')
  @Roles('coordinator')
  @HttpCode(202)
  @ApiBearerAuth()
  requestRevision(@Param() { year }: YearParamsDto, @CurrentPrincipal() principal: Principal): Promise<RevisionRequestView> {
    return this.commands.execute(new RequestStrategyRevisionCommand(Number(year), principal.id));
  }
}
