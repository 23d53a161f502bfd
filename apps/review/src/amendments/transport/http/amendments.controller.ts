import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@pb/auth';
import { ApiProblems, Idempotent, PageOptions, PageQueryDto, PageResponse, pageRequest, pageResponse } from '@pb/http';
import type { Request, Response } from 'express';
import { JobParamsDto, YearParamsDto } from '../../../shared/transport/http/params.dto';
import { DecideAmendmentCommand } from '../../application/commands/decide-amendment/decide-amendment.command';
import { ProposeAmendmentCommand } from '../../application/commands/propose-amendment/propose-amendment.command';
import { RequestStrategyRevisionCommand, RevisionRequestView } from '../../application/commands/request-strategy-revision/request-strategy-revision.command';
import { AmendmentsView, ListAmendmentsQuery } from '../../application/queries/list-amendments/list-amendments.query';
import { DecideAmendmentRequestDto, ProposeAmendmentRequestDto } from './dto/amendment.request.dto';
import { AmendmentListDto, AmendmentStatusDto, RevisionRequestDto } from './dto/amendment.response.dto';

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
  @Idempotent()
  @Roles('coordinator')
  @ApiBearerAuth()
  @ApiCreatedResponse({ type: AmendmentStatusDto, description: 'Proposed; Location points at it in the year’s list.' })
  @ApiProblems(400, 401, 403, 404, 409, 413, 422, 429)
  async propose(@Param() { year }: YearParamsDto, @Body() body: ProposeAmendmentRequestDto, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) res: Response): Promise<{ id: string; status: string }> {
    const { id } = await this.commands.execute<ProposeAmendmentCommand, { id: string }>(new ProposeAmendmentCommand(Number(year), body, principal.id));
    res.status(201).location(`/api/review/years/${year}/amendments#${id}`);
    return { id, status: 'proposed' };
  }

  @Get('years/:year/amendments')
  @ApiOkResponse({ type: AmendmentListDto, description: 'The amendments of a year, oldest first, a page at a time: `{ year, items, next }`.' })
  @ApiProblems(400, 429)
  async list(@Param() { year }: YearParamsDto, @Query() query: AmendmentsQueryDto, @Req() req: Request): Promise<{ year: number } & PageResponse<Record<string, unknown>>> {
    const { year: y, ...page } = await this.queries.execute<ListAmendmentsQuery, AmendmentsView>(new ListAmendmentsQuery(Number(year), pageRequest(query, AMENDMENTS_PAGE)));
    return { year: y, ...pageResponse(req, page) };
  }

  @Post('amendments/:id/decision')
  @Idempotent()
  @Roles('coordinator')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOkResponse({ type: AmendmentStatusDto })
  @ApiProblems(400, 401, 403, 404, 409, 413, 422, 429)
  decide(@Param() { id }: JobParamsDto, @Body() body: DecideAmendmentRequestDto, @CurrentPrincipal() principal: Principal): Promise<{ id: string; status: string }> {
    return this.commands.execute(new DecideAmendmentCommand(id, body.decision, body.reason, principal.id));
  }

  /** Asks for the next strategy version from the year's accepted amendments (by event; the proposals service publishes it). */
  @Post('years/:year/strategy-revision')
  @Idempotent()
  @Roles('coordinator')
  @HttpCode(202)
  @ApiBearerAuth()
  @ApiAcceptedResponse({ type: RevisionRequestDto })
  @ApiProblems(400, 401, 403, 404, 409, 422, 429)
  requestRevision(@Param() { year }: YearParamsDto, @CurrentPrincipal() principal: Principal): Promise<RevisionRequestView> {
    return this.commands.execute(new RequestStrategyRevisionCommand(Number(year), principal.id));
  }
}
