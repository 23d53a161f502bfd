import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@pb/auth';
import { ApiProblems, Idempotent } from '@pb/http';
import type { Response } from 'express';
import { RequestErasureCommand } from '../../application/commands/request-erasure/request-erasure.command';
import { ErasureView, GetErasureQuery } from '../../application/queries/get-erasure/get-erasure.query';
import { ErasureListView, ListErasuresQuery } from '../../application/queries/list-erasures/list-erasures.query';
import { ErasureDto, ErasureListDto } from './dto/erasure.response.dto';
import { ErasureParamsDto, ListErasuresQueryDto, RequestErasureRequestDto } from './dto/erasure.request.dto';

/** Erasure requests (AVG art. 17): one request, carried to every service that holds personal data by event. */
@ApiTags('privacy')
@Controller('api/privacy/erasures')
export class ErasuresController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Roles('admin')
  @HttpCode(202)
  @ApiBearerAuth()
  @Idempotent()
  @ApiAcceptedResponse({ type: ErasureDto, description: 'The request is recorded and on its way to every service; Location points at its status.' })
  @ApiProblems(400, 401, 403, 413, 422, 429)
  async request(@Body() body: RequestErasureRequestDto, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) res: Response): Promise<ErasureView> {
    const { id } = await this.commands.execute<RequestErasureCommand, { id: string }>(new RequestErasureCommand(body.email, principal.id));
    res.location(`/api/privacy/erasures/${id}`);
    return this.queries.execute(new GetErasureQuery(id));
  }

  @Get()
  @Roles('admin')
  @ApiBearerAuth()
  @ApiOkResponse({ type: ErasureListDto, description: 'The most recent erasure requests first (`limit` ≤ 100, default 20; `next` links the following page).' })
  @ApiProblems(400, 401, 403, 429)
  list(@Query() { limit, offset }: ListErasuresQueryDto): Promise<ErasureListView> {
    return this.queries.execute(new ListErasuresQuery(Number(limit ?? 20), Number(offset ?? 0)));
  }

  @Get(':id')
  @Roles('admin')
  @ApiBearerAuth()
  @ApiOkResponse({ type: ErasureDto, description: 'Where an erasure stands: per service what it erased (counts per kind); `completed` once every service that holds personal data has answered.' })
  @ApiProblems(400, 401, 403, 404, 429)
  get(@Param() { id }: ErasureParamsDto): Promise<ErasureView> {
    return this.queries.execute(new GetErasureQuery(id));
  }
}
