import { Controller, Get, HttpCode, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiExtraModels, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@pb/auth';
import { ApiProblems, Idempotent } from '@pb/http';
import type { Response } from 'express';
import { CompileJobView, CompileReviewCommand } from '../../application/commands/compile-review/compile-review.command';
import { FigureRecordsView, GetCompileJobQuery, GetFigureRecordsQuery, GetReviewQuery, ListRevisionsQuery } from '../../application/queries/review.queries';
import { ReviewContent } from '../../domain/review-content';
import { renderReviewHtml } from '../../infrastructure/review-html.renderer';
import { renderReviewPdf } from '../../infrastructure/review-pdf.renderer';
import { CompileJobDto, FigureRecordsDto, ReviewContentDto, RevisionListDto } from './dto/review.response.dto';
import { FigureParamsDto, JobParamsDto, PageQueryDto, RevisionQueryDto, YearFileParamsDto, YearParamsDto } from './dto/review-params.dto';

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
  @ApiOkResponse({ type: RevisionListDto, description: 'Every compiled revision of a year.' })
  @ApiProblems(400, 429)
  revisions(@Param() { year }: YearParamsDto): Promise<RevisionListDto> {
    return this.queries.execute(new ListRevisionsQuery(Number(year)));
  }

  @Get('years/:year/revisions/:revision/figures/:figureId')
  @ApiOkResponse({ type: FigureRecordsDto, description: 'The records a figure of a revision counted, as of the moment it was compiled.' })
  @ApiProblems(400, 404, 429)
  figure(@Param() p: FigureParamsDto, @Query() page: PageQueryDto): Promise<FigureRecordsView> {
    return this.queries.execute(new GetFigureRecordsQuery(Number(p.year), Number(p.revision), p.figureId, Number(page.limit ?? 1000), Number(page.offset ?? 0)));
  }

  @Get('years/:file')
  @ApiOkResponse({
    description: 'The compiled review of a year (latest revision unless ?revision=): JSON, or with .html / .pdf that format.',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(ReviewContentDto) } },
      'text/html': { schema: { type: 'string' } },
      'application/pdf': { schema: { type: 'string', format: 'binary' } },
    },
  })
  @ApiProblems(400, 404, 429)
  async review(@Param() { file }: YearFileParamsDto, @Query() { revision }: RevisionQueryDto, @Res({ passthrough: true }) res: Response): Promise<ReviewContent | string | StreamableFile> {
    const [year, format = 'json'] = file.split('.');
    const content = await this.queries.execute<GetReviewQuery, ReviewContent>(new GetReviewQuery(Number(year), revision ? Number(revision) : undefined));
    if (format === 'html') {
      res.type('text/html; charset=utf-8');
      return renderReviewHtml(content);
    }
    if (format === 'pdf') {
      return new StreamableFile(await renderReviewPdf(content), { type: 'application/pdf', disposition: `inline; filename="review-${year}-r${content.revision}.pdf"` });
    }
    return content;
  }
}
