import { Controller, Get, Param, Query, Req } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { REPORT_REFERENCE_PATTERN } from '@pb/contracts';
import { ApiProblems, PageOptions, PageQueryDto, PageResponse, pageRequest, pageResponse } from '@pb/http';
import type { KeysetPage } from '@pb/kernel';
import type { Request } from 'express';
import type { RegisterEntry } from '../../application/ports/report-read-model';
import { GetRegisterQuery } from '../../application/queries/get-register/get-register.query';
import { GetRegisterEntryQuery } from '../../application/queries/get-register-entry/get-register-entry.query';
import { ReportNotFoundError } from '../../domain/barrier-report.errors';
import { RegisterEntryDto, RegisterPageDto } from './dto/report.response.dto';

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

  @Get(':reference')
  @ApiParam({ name: 'reference', schema: { type: 'string', pattern: REPORT_REFERENCE_PATTERN.source }, example: 'LKT-2026-000123' })
  @ApiOkResponse({ type: RegisterEntryDto, description: 'One resolved barrier of the public register, without personal data.' })
  @ApiProblems(400, 404, 429)
  entry(@Param('reference') reference: string): Promise<RegisterEntry> {
    if (!REPORT_REFERENCE_PATTERN.test(reference)) throw new ReportNotFoundError();
    return this.queries.execute(new GetRegisterEntryQuery(reference));
  }
}
