import { Controller, Get, Query, Req } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems, PageOptions, PageQueryDto, PageResponse, pageRequest, pageResponse } from '@pb/http';
import type { KeysetPage } from '@pb/kernel';
import type { Request } from 'express';
import type { RegisterEntry } from '../../application/ports/report-read-model';
import { GetRegisterQuery } from '../../application/queries/get-register/get-register.query';
import { RegisterPageDto } from './dto/report.response.dto';

/** Newest resolution first, keyset on (resolvedAt, reference). */
export const REGISTER_PAGE: PageOptions = { defaultLimit: 20, maxLimit: 100, key: ['timestamp', 'text'] };

export class RegisterQueryDto extends PageQueryDto(REGISTER_PAGE) {}

@ApiTags('register')
@Controller('api/loket/register')
export class RegisterController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOkResponse({ type: RegisterPageDto, description: 'Resolved barriers whose reporter consented, without personal data, with the cluster size: `{ total, items, next }`, newest first.' })
  @ApiProblems(400, 429)
  async register(@Query() q: RegisterQueryDto, @Req() req: Request): Promise<PageResponse<RegisterEntry> & { total: number }> {
    const { total, ...page } = await this.queries.execute<GetRegisterQuery, KeysetPage<RegisterEntry> & { total: number }>(new GetRegisterQuery(pageRequest(q, REGISTER_PAGE)));
    return { total, ...pageResponse(req, page) };
  }
}
