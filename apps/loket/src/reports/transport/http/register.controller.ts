import { Controller, Get, Param, Query, Req } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiParam, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { OUTCOMES, type Outcome, REGULATION_ID_PATTERN, REPORT_REFERENCE_PATTERN } from '@pb/contracts';
import { ApiProblems, FREE_TEXT, PageOptions, PageQueryDto, PageResponse, pageRequest, pageResponse } from '@pb/http';
import type { KeysetPage } from '@pb/kernel';
import type { Request } from 'express';
import type { RegisterEntry } from '../../application/ports/report-read-model';
import { GetRegisterQuery } from '../../application/queries/get-register/get-register.query';
import { GetRegisterEntryQuery } from '../../application/queries/get-register-entry/get-register-entry.query';
import type { SimilarEntry } from '../../application/ports/register-crowd';
import { FindSimilarEntriesQuery } from '../../application/queries/find-similar-entries/find-similar-entries.query';
import { SimilarEntriesDto, SimilarEntriesQueryDto } from './dto/crowd.dto';
import { ReportNotFoundError } from '../../domain/barrier-report.errors';
import { RegisterEntryDto, RegisterPageDto } from './dto/report.response.dto';

/** Newest resolution first, keyset on (resolvedAt, reference). */
const THEME = /^\d{1,2}(\.\d{1,2}){0,2}$/;

export const REGISTER_PAGE: PageOptions = { defaultLimit: 20, maxLimit: 100, key: ['timestamp', 'text'] };

/** The register's filters (issue 10, item 7): each optional, all given ones must hold. */
export class RegisterQueryDto extends PageQueryDto(REGISTER_PAGE) {
  @ApiPropertyOptional({ description: 'Words in the title or explanation (Dutch full-text search; "quotes" for a phrase, -word to leave out).', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Matches(FREE_TEXT, { context: { code: 'text' } })
  q?: string;

  @ApiPropertyOptional({ pattern: REGULATION_ID_PATTERN.source, example: 'BWBR0024282', description: 'The cited regulation as identified: a BWB id, or an EU act’s id (`EU-32016R0679` for the AVG).' })
  @IsOptional()
  @Matches(REGULATION_ID_PATTERN, { context: { code: 'regulation' } })
  bwbId?: string;

  @ApiPropertyOptional({ pattern: THEME.source, example: '1.4' })
  @IsOptional()
  @Matches(THEME, { context: { code: 'theme' } })
  theme?: string;

  @ApiPropertyOptional({ enum: OUTCOMES })
  @IsOptional()
  @IsIn(OUTCOMES)
  outcome?: Outcome;

  @ApiPropertyOptional({ type: 'integer', minimum: 2000, maximum: 2199, description: 'The year of resolution.' })
  @IsOptional()
  @Type(() => Number)
  @Max(2199)
  @Min(2000)
  @IsInt()
  year?: number;
}

@ApiTags('register')
@Controller('api/loket/register')
export class RegisterController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOkResponse({ type: RegisterPageDto, description: 'Resolved barriers whose reporter consented, without personal data, with the cluster size: `{ total, items, next }`, newest first.' })
  @ApiProblems(400, 429)
  async register(@Query() q: RegisterQueryDto, @Req() req: Request): Promise<PageResponse<RegisterEntry> & { total: number }> {
    const filters = { text: q.q?.trim() || undefined, bwbId: q.bwbId, theme: q.theme, outcome: q.outcome, year: q.year };
    const { total, ...page } = await this.queries.execute<GetRegisterQuery, KeysetPage<RegisterEntry> & { total: number }>(new GetRegisterQuery(pageRequest(q, REGISTER_PAGE), filters));
    return { total, ...pageResponse(req, page) };
  }

  // Declared before ':reference', which would otherwise take "similar" for a reference.
  @Get('similar')
  @ApiOkResponse({ type: SimilarEntriesDto, description: 'Published entries like a barrier being reported (the report form’s check step): the same BWB id (and article), or enough Dutch stems in common with the title and description.' })
  @ApiProblems(400, 429)
  async similar(@Query() q: SimilarEntriesQueryDto): Promise<{ items: SimilarEntry[] }> {
    const items = await this.queries.execute<FindSimilarEntriesQuery, SimilarEntry[]>(
      new FindSimilarEntriesQuery({ title: q.title, description: q.description, regulation: { name: q.regulationName, article: q.article, bwbId: q.bwbId } }),
    );
    return { items };
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
