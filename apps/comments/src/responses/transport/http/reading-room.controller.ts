import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Roles } from '@pb/auth';
import { ApiProblems, Idempotent, pageRequest, pageResponse } from '@pb/http';
import { languageOf } from '@pb/http/core';
import type { Request, Response } from 'express';
import { PickReportResponsesCommand } from '../../application/commands/pick-report-responses/pick-report-responses.command';
import type { ReportPick } from '../../application/ports/reading-room.store';
import { ListReportPicksQuery } from '../../application/queries/list-report-picks/list-report-picks.query';
import { QuestionResult, QuestionResultsQuery } from '../../application/queries/question-results/question-results.query';
import { ExportResponsesQuery } from '../../application/queries/export-responses/export-responses.query';
import type { ReadingRoomPage } from '../../application/queries/read-responses/read-responses.handler';
import { ReadResponsesQuery } from '../../application/queries/read-responses/read-responses.query';
import { IdParams } from './dto/moderation.request.dto';
import { ExportQueryDto, filterOf, QuestionResultsDto, READING_ROOM_PAGE, ReadingRoomFilterDto, ReadingRoomPageDto, ReportPickRequestDto, ReportPicksDto } from './dto/reading-room.dto';

const CONTENT_TYPES = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };

/**
 * The coordinator's reading room (issue 11): every confirmed response of a proposal, public or
 * not, searchable and filtered, a page at a time or as a file; and the responses picked for the
 * consultation report. Coordinators only (and admins, as everywhere). No e-mail address leaves.
 */
@ApiTags('reading room')
@ApiBearerAuth()
@Roles('coordinator')
@Controller('api/proposals/:id/comments')
export class ReadingRoomController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get('reading-room')
  @ApiOkResponse({ type: ReadingRoomPageDto, description: 'Confirmed responses (pending, published, rejected; public or not), oldest first: `{ proposalId, total, totalExact, questions, analysis, items, next }`. Never an e-mail address or a name.' })
  @ApiProblems(400, 401, 403, 404, 429)
  async list(@Param() { id }: IdParams, @Query() query: ReadingRoomFilterDto, @Req() req: Request) {
    const { proposalId, total, totalExact, questions, analysis, ...page } = await this.queries.execute<ReadResponsesQuery, ReadingRoomPage>(new ReadResponsesQuery(id, filterOf(query), pageRequest(query, READING_ROOM_PAGE)));
    const { items, next } = pageResponse(req, page);
    return {
      proposalId,
      total,
      totalExact,
      questions,
      analysis,
      items: items.map((r) => ({ ...r, submittedAt: r.submittedAt.toISOString(), publishedAt: r.publishedAt?.toISOString() ?? null })),
      next,
    };
  }

  @Get('export')
  @ApiProduces(CONTENT_TYPES.csv, CONTENT_TYPES.xlsx)
  @ApiOkResponse({
    description: 'Every response the filter matches (the reading room’s filters; `limit` and `cursor` do not apply) as CSV (UTF-8, RFC 4180) or XLSX, streamed.',
    content: { [CONTENT_TYPES.csv]: { schema: { type: 'string' } }, [CONTENT_TYPES.xlsx]: { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiProblems(400, 401, 403, 404, 429)
  async export(@Param() { id }: IdParams, @Query() query: ExportQueryDto, @Req() req: Request, @Res() res: Response): Promise<void> {
    const lang = languageOf(req.headers['accept-language']);
    await this.queries.execute(
      new ExportResponsesQuery(id, filterOf(query), query.format, lang, res, () => {
        res.status(200);
        res.setHeader('content-type', CONTENT_TYPES[query.format]);
        res.setHeader('content-disposition', `attachment; filename="${lang === 'en' ? 'responses' : 'reacties'}-${id}.${query.format}"`);
        res.setHeader('cache-control', 'no-store');
      }),
    );
  }

  @Get('report-picks')
  @ApiOkResponse({ type: ReportPicksDto, description: 'The responses picked for each topic of the consultation report, with their first words.' })
  @ApiProblems(400, 401, 403, 404, 429)
  async picks(@Param() { id }: IdParams): Promise<{ items: ReportPick[] }> {
    return { items: await this.queries.execute(new ListReportPicksQuery(id)) };
  }

  @Post('report-picks')
  @HttpCode(200)
  @Idempotent()
  @ApiOkResponse({ type: ReportPicksDto, description: 'Adds or removes picks for one topic; answers every pick of the proposal.' })
  @ApiProblems(400, 401, 403, 404, 413, 422, 429)
  async pick(@Param() { id }: IdParams, @Body() body: ReportPickRequestDto): Promise<{ items: ReportPick[] }> {
    return { items: await this.commands.execute(new PickReportResponsesCommand(id, body.slot, body.responseIds, body.action)) };
  }
}

/** Results per question: public once the consultation closed; the coordinator's at any time. */
@ApiTags('reading room')
@Controller('api/proposals/:id/comments')
export class QuestionResultsController {
  constructor(private readonly queries: QueryBus) {}

  @Get('results')
  @ApiOkResponse({ type: QuestionResultsDto, description: 'Per question: how many answered and how often each option or scale value (1–5) was chosen, over confirmed, not rejected responses. Public once the consultation closed; before that 409.' })
  @ApiProblems(400, 404, 409, 429)
  async results(@Param() { id }: IdParams): Promise<{ items: QuestionResult[] }> {
    return { items: await this.queries.execute(new QuestionResultsQuery(id, 'public')) };
  }

  @Get('reading-room/results')
  @Roles('coordinator')
  @ApiBearerAuth()
  @ApiOkResponse({ type: QuestionResultsDto, description: 'The same results for the coordinator, also while the consultation is open.' })
  @ApiProblems(400, 401, 403, 404, 429)
  async coordinatorResults(@Param() { id }: IdParams): Promise<{ items: QuestionResult[] }> {
    return { items: await this.queries.execute(new QuestionResultsQuery(id, 'coordinator')) };
  }
}
