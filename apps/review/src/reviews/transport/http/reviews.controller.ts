import { Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiExtraModels, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@pb/auth';
import { ApiProblems, Idempotent, PageResponse, pageRequest, pageResponse } from '@pb/http';
import type { Request, Response } from 'express';
import { CompileReviewCommand } from '../../application/commands/compile-review/compile-review.command';
import { CompileJobView, GetCompileJobQuery } from '../../application/queries/get-compile-job/get-compile-job.query';
import { FigureRecordsView, GetFigureRecordsQuery } from '../../application/queries/get-figure-records/get-figure-records.query';
import { GetReviewDocumentQuery, ReviewDocumentView } from '../../application/queries/get-review-document/get-review-document.query';
import { GetReviewQuery } from '../../application/queries/get-review/get-review.query';
import { ListRevisionsQuery, RevisionsView } from '../../application/queries/list-revisions/list-revisions.query';
import { ReviewContent } from '../../domain/review-content';
import { JobParamsDto, YearParamsDto } from '../../../shared/transport/http/params.dto';
import { CompileJobDto, FigureRecordsDto, ReviewContentDto, RevisionListDto } from './dto/review.response.dto';
import { FIGURE_RECORDS_PAGE, FigureParamsDto, FigureRecordsQueryDto, REVISIONS_PAGE, ReviewDocumentQueryDto, RevisionsQueryDto, YearFileParamsDto } from './dto/review-params.dto';

@ApiTags('reviews')
@ApiExtraModels(ReviewContentDto)
@Controller('api/review')
export class ReviewsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post('years/:year/compile')
  @Idempotent()
  @Roles('coordinator')
  @HttpCode(202)
  @ApiBearerAuth()
  @ApiAcceptedResponse({ type: CompileJobDto, description: 'Compiling started (or was already under way); Location points at the job with its progress.' })
  @ApiProblems(400, 401, 403, 409, 422, 429)
  async compile(@Param() { year }: YearParamsDto, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) res: Response): Promise<CompileJobView> {
    const { jobId } = await this.commands.execute<CompileReviewCommand, { jobId: string }>(new CompileReviewCommand(Number(year), principal.id));
    res.location(`/api/review/jobs/${jobId}`);
    return this.queries.execute(new GetCompileJobQuery(jobId));
  }

  @Get('jobs/:id')
  @ApiOkResponse({ type: CompileJobDto, description: 'A compile job: status and progress, and the review once done.' })
  @ApiProblems(400, 404, 429)
  job(@Param() { id }: JobParamsDto): Promise<CompileJobView> {
    return this.queries.execute(new GetCompileJobQuery(id));
  }

  @Get('years/:year/revisions')
  @ApiOkResponse({ type: RevisionListDto, description: 'Every compiled revision of a year, oldest first, a page at a time: `{ year, items, next }`.' })
  @ApiProblems(400, 429)
  async revisions(@Param() { year }: YearParamsDto, @Query() query: RevisionsQueryDto, @Req() req: Request): Promise<{ year: number } & PageResponse<RevisionsView['items'][number]>> {
    const { year: y, ...page } = await this.queries.execute<ListRevisionsQuery, RevisionsView>(new ListRevisionsQuery(Number(year), pageRequest(query, REVISIONS_PAGE)));
    return { year: y, ...pageResponse(req, page) };
  }

  @Get('years/:year/revisions/:revision/figures/:figureId')
  @ApiOkResponse({ type: FigureRecordsDto, description: 'The records a figure of a revision counted, as of the moment it was compiled, a page at a time: `{ figure, total, items, next }`.' })
  @ApiProblems(400, 404, 429)
  async figure(@Param() p: FigureParamsDto, @Query() query: FigureRecordsQueryDto, @Req() req: Request): Promise<Omit<FigureRecordsView, 'items' | 'nextKey'> & PageResponse<Record<string, unknown>>> {
    const { figure, total, ...page } = await this.queries.execute<GetFigureRecordsQuery, FigureRecordsView>(
      new GetFigureRecordsQuery(Number(p.year), Number(p.revision), p.figureId, pageRequest(query, FIGURE_RECORDS_PAGE)),
    );
    return { figure, total, ...pageResponse(req, page) };
  }

  /**
   * JSON, HTML and PDF all come stored: the content since compiling, the documents since compiling
   * (or their first request, for revisions older than stored documents). A revision's JSON asked for
   * by number never changes, so it may be cached for good; "the latest" may move to a new revision,
   * and a revision's HTML and PDF gain each theme's text when a coordinator signs it off, so caches
   * revalidate those with the ETag (304 when unchanged).
   */
  @Get('years/:file')
  @ApiOkResponse({
    description: 'The compiled review of a year (latest revision unless ?revision=): JSON, or with .html / .pdf that format in one language (?lang=nl, the default, or en), with ETag and Cache-Control.',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(ReviewContentDto) } },
      'text/html': { schema: { type: 'string' } },
      'application/pdf': { schema: { type: 'string', format: 'binary' } },
    },
  })
  @ApiProblems(400, 404, 429)
  async review(@Param() { file }: YearFileParamsDto, @Query() { revision, lang }: ReviewDocumentQueryDto, @Res() res: Response): Promise<void> {
    const [year, format = 'json'] = file.split('.');
    if (format === 'html' || format === 'pdf') {
      res.setHeader('Cache-Control', 'public, max-age=0, must-revalidate');
      const doc = await this.queries.execute<GetReviewDocumentQuery, ReviewDocumentView>(new GetReviewDocumentQuery(Number(year), revision ? Number(revision) : undefined, format, lang ?? 'nl'));
      res.setHeader('ETag', doc.etag);
      res.setHeader('Content-Language', doc.lang);
      if (format === 'pdf') res.type('application/pdf').setHeader('Content-Disposition', `inline; filename="review-${year}-r${doc.revision}.pdf"`);
      else res.type('text/html; charset=utf-8');
      res.send(doc.body); // express answers 304 itself when If-None-Match matches the ETag
      return;
    }
    res.setHeader('Cache-Control', revision ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate');
    const content = await this.queries.execute<GetReviewQuery, ReviewContent>(new GetReviewQuery(Number(year), revision ? Number(revision) : undefined));
    res.json(content);
  }
}
