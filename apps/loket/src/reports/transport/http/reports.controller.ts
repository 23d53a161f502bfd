import { Body, Controller, ForbiddenException, Get, HttpCode, Param, Post, Query, UnauthorizedException } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiExtraModels, ApiOkResponse, ApiParam, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@pb/auth';
import { REPORT_REFERENCE_PATTERN } from '@pb/contracts';
import { ApiProblems } from '@pb/http';
import { MarkDuplicateCommand } from '../../application/commands/mark-duplicate/mark-duplicate.command';
import { PostOfficialMessageCommand } from '../../application/commands/post-official-message/post-official-message.command';
import { PostReporterMessageCommand } from '../../application/commands/post-reporter-message/post-reporter-message.command';
import { ResolveReportCommand } from '../../application/commands/resolve-report/resolve-report.command';
import { StartHandlingCommand } from '../../application/commands/start-handling/start-handling.command';
import { SubmitReportCommand, SubmitReportResult } from '../../application/commands/submit-report/submit-report.command';
import { TriageReportCommand } from '../../application/commands/triage-report/triage-report.command';
import type { QueuePage } from '../../application/ports/report-read-model';
import { GetOfficialReportQuery } from '../../application/queries/get-official-report/get-official-report.query';
import { GetReporterViewQuery } from '../../application/queries/get-reporter-view/get-reporter-view.query';
import { ListQueueQuery } from '../../application/queries/list-queue/list-queue.query';
import type { Actor } from '../../domain/barrier-report.aggregate';
import { ReportNotFoundError, ReporterCannotWriteInternalNoteError } from '../../domain/barrier-report.errors';
import {
  ChangeStatusRequestDto,
  DuplicateOfRequestDto,
  MessageRequestDto,
  QueueQueryDto,
  ResolutionRequestDto,
  TokenQueryDto,
  TriageReportRequestDto,
} from './dto/official.request.dto';
import {
  DuplicateMarkedResponseDto,
  MessagePostedResponseDto,
  OfficialReportDto,
  QueuePageDto,
  ReporterViewDto,
  ResolvedResponseDto,
  StatusResponseDto,
  SubmitReportResponseDto,
} from './dto/report.response.dto';
import { SubmitReportRequestDto } from './dto/submit-report.request.dto';

/** A malformed reference is just an unknown one: the same 404. */
function checkedReference(reference: string): string {
  if (!REPORT_REFERENCE_PATTERN.test(reference)) throw new ReportNotFoundError();
  return reference;
}

/**
 * Routes shared by reporters (with the private `token`) and officials (with a bearer token)
 * decide here who is asking; the official-only routes use @Roles.
 */
function asOfficial(principal: Principal | undefined): Actor {
  if (!principal) throw new UnauthorizedException();
  if (principal.roles.includes('official')) return { role: 'official', id: principal.id };
  if (principal.roles.includes('admin')) return { role: 'admin', id: principal.id };
  throw new ForbiddenException();
}

/** The `:reference` of every route that has one (any other form is answered as unknown: 404). */
const ApiReference = () => ApiParam({ name: 'reference', schema: { type: 'string', pattern: REPORT_REFERENCE_PATTERN.source }, example: 'LKT-2026-000123' });

@ApiTags('reports')
@ApiExtraModels(ReporterViewDto, OfficialReportDto)
@Controller('api/loket/reports')
export class ReportsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({ type: SubmitReportResponseDto, description: 'The report was received; the private tracking link goes to the reporter by e-mail.' })
  @ApiProblems(400, 413, 422, 429)
  async submit(@Body() body: SubmitReportRequestDto): Promise<{ reference: string; status: string }> {
    const result = await this.commands.execute<SubmitReportCommand, SubmitReportResult>(new SubmitReportCommand(body));
    return { reference: result.reference, status: result.status };
  }

  @Get()
  @Roles('official')
  @ApiBearerAuth()
  @ApiOkResponse({ type: QueuePageDto, description: 'The queue, ordered by deadline.' })
  @ApiProblems(400, 401, 403, 429)
  queue(@Query() q: QueueQueryDto): Promise<QueuePage> {
    return this.queries.execute(
      new ListQueueQuery({
        status: q.status,
        theme: q.theme,
        technology: q.technology,
        department: q.department,
        regulation: q.regulation,
        overdue: q.overdue === undefined ? undefined : q.overdue === 'true',
        q: q.q,
        page: q.page ?? 1,
        pageSize: q.pageSize ?? 20,
      }),
    );
  }

  @Get(':reference')
  @ApiReference()
  @ApiBearerAuth()
  @ApiOkResponse({
    description: 'With `?token=` the reporter’s view; with an official’s bearer token everything, incl. internal notes and possible duplicates.',
    schema: { anyOf: [{ $ref: getSchemaPath(ReporterViewDto) }, { $ref: getSchemaPath(OfficialReportDto) }] },
  })
  @ApiProblems(400, 401, 403, 404, 429)
  get(@Param('reference') reference: string, @Query() { token }: TokenQueryDto, @CurrentPrincipal() principal?: Principal): Promise<ReporterViewDto | OfficialReportDto> {
    if (token !== undefined) return this.queries.execute(new GetReporterViewQuery(checkedReference(reference), token));
    asOfficial(principal);
    return this.queries.execute(new GetOfficialReportQuery(checkedReference(reference)));
  }

  @Post(':reference/messages')
  @ApiReference()
  @HttpCode(201)
  @ApiBearerAuth()
  @ApiCreatedResponse({ type: MessagePostedResponseDto, description: 'Reporter (with `?token=`): an answer or more information. Official: a question to the reporter, or an internal note.' })
  @ApiProblems(400, 401, 403, 404, 409, 413, 422, 429)
  message(
    @Param('reference') reference: string,
    @Query() { token }: TokenQueryDto,
    @Body() body: MessageRequestDto,
    @CurrentPrincipal() principal?: Principal,
  ): Promise<{ id: string; status: string }> {
    if (token !== undefined) {
      if (body.internal !== undefined) throw new ReporterCannotWriteInternalNoteError();
      return this.commands.execute(new PostReporterMessageCommand(checkedReference(reference), token, body.body));
    }
    const by = asOfficial(principal);
    return this.commands.execute(new PostOfficialMessageCommand(checkedReference(reference), body.body, body.internal ?? false, by));
  }

  @Post(':reference/triage')
  @ApiReference()
  @HttpCode(200)
  @Roles('official')
  @ApiBearerAuth()
  @ApiOkResponse({ type: StatusResponseDto })
  @ApiProblems(400, 401, 403, 404, 409, 413, 422, 429)
  triage(@Param('reference') reference: string, @Body() body: TriageReportRequestDto, @CurrentPrincipal() principal: Principal): Promise<{ status: string }> {
    return this.commands.execute(new TriageReportCommand(checkedReference(reference), body, asOfficial(principal)));
  }

  @Post(':reference/status')
  @ApiReference()
  @HttpCode(200)
  @Roles('official')
  @ApiBearerAuth()
  @ApiOkResponse({ type: StatusResponseDto })
  @ApiProblems(400, 401, 403, 404, 409, 413, 422, 429)
  status(@Param('reference') reference: string, @Body() _body: ChangeStatusRequestDto, @CurrentPrincipal() principal: Principal): Promise<{ status: string }> {
    return this.commands.execute(new StartHandlingCommand(checkedReference(reference), asOfficial(principal)));
  }

  @Post(':reference/duplicate-of')
  @ApiReference()
  @HttpCode(200)
  @Roles('official')
  @ApiBearerAuth()
  @ApiOkResponse({ type: DuplicateMarkedResponseDto })
  @ApiProblems(400, 401, 403, 404, 409, 413, 422, 429)
  duplicateOf(@Param('reference') reference: string, @Body() body: DuplicateOfRequestDto, @CurrentPrincipal() principal: Principal): Promise<DuplicateMarkedResponseDto> {
    return this.commands.execute(new MarkDuplicateCommand(checkedReference(reference), body.originalReference, asOfficial(principal)));
  }

  @Post(':reference/resolution')
  @ApiReference()
  @HttpCode(200)
  @Roles('official')
  @ApiBearerAuth()
  @ApiOkResponse({ type: ResolvedResponseDto })
  @ApiProblems(400, 401, 403, 404, 409, 413, 422, 429)
  resolution(@Param('reference') reference: string, @Body() body: ResolutionRequestDto, @CurrentPrincipal() principal: Principal): Promise<ResolvedResponseDto> {
    return this.commands.execute(new ResolveReportCommand(checkedReference(reference), body.outcome, body.explanation, asOfficial(principal)));
  }
}
