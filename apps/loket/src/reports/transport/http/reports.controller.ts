import { Body, Controller, ForbiddenException, Get, Headers, HttpCode, Param, Post, Query, UnauthorizedException, UseInterceptors } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiExtraModels, ApiHeader, ApiOkResponse, ApiParam, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@pb/auth';
import { REPORT_REFERENCE_PATTERN } from '@pb/contracts';
import { ApiProblems, Idempotent, languageOf } from '@pb/http';
import { JudgeAnswerCommand } from '../../application/commands/judge-answer/judge-answer.command';
import { MarkDuplicateCommand } from '../../application/commands/mark-duplicate/mark-duplicate.command';
import { PostOfficialMessageCommand } from '../../application/commands/post-official-message/post-official-message.command';
import { PostReporterMessageCommand } from '../../application/commands/post-reporter-message/post-reporter-message.command';
import { ResolveReportCommand } from '../../application/commands/resolve-report/resolve-report.command';
import { SplitReportCommand, SplitReportResult } from '../../application/commands/split-report/split-report.command';
import { StartHandlingCommand } from '../../application/commands/start-handling/start-handling.command';
import { SubmitReportCommand, SubmitReportResult } from '../../application/commands/submit-report/submit-report.command';
import { TriageReportCommand } from '../../application/commands/triage-report/triage-report.command';
import type { AuditEntryView, Paged, QueuePage } from '../../application/ports/report-read-model';
import { GetOfficialReportQuery } from '../../application/queries/get-official-report/get-official-report.query';
import { GetReportAuditQuery } from '../../application/queries/get-report-audit/get-report-audit.query';
import { GetReporterViewQuery } from '../../application/queries/get-reporter-view/get-reporter-view.query';
import { ListQueueQuery } from '../../application/queries/list-queue/list-queue.query';
import { ReportScope, StaffAccess } from '../../application/support/report-scope';
import { ReportNotFoundError, ReporterCannotWriteInternalNoteError, TrackingLinkNotValidError } from '../../domain/barrier-report.errors';
import {
  ChangeStatusRequestDto,
  DuplicateOfRequestDto,
  JudgeAnswerRequestDto,
  MessageRequestDto,
  PagingQueryDto,
  QueueQueryDto,
  ResolutionRequestDto,
  TokenQueryDto,
  TriageReportRequestDto,
} from './dto/official.request.dto';
import {
  AuditTrailDto,
  DuplicateMarkedResponseDto,
  MessagePostedResponseDto,
  OfficialReportDto,
  QueuePageDto,
  ReporterViewDto,
  ResolvedResponseDto,
  StatusResponseDto,
  SubmitReportResponseDto,
} from './dto/report.response.dto';
import { SplitReportRequestDto } from './dto/split.request.dto';
import { SplitResponseDto } from './dto/split.response.dto';
import { SubmitReportRequestDto } from './dto/submit-report.request.dto';
import { RateLimited, ReportRateLimitInterceptor } from './report-rate-limit.interceptor';

/** A malformed reference is just an unknown one: the same 404 (through a tracking link: its 404). */
function checkedReference(reference: string, viaTrackingLink = false): string {
  if (!REPORT_REFERENCE_PATTERN.test(reference)) throw viaTrackingLink ? new TrackingLinkNotValidError() : new ReportNotFoundError();
  return reference;
}

/**
 * Who is asking and what they may reach, from the token's claims (routes shared with reporters
 * come here too, so the role check is repeated). Admin and intake reach every report; an official
 * the intake queue and their own department's reports (`department` claim). Someone with both
 * official and intake acts as an official (and may resolve) with the intake's reach.
 */
export function asStaff(principal: Principal | undefined): StaffAccess {
  if (!principal) throw new UnauthorizedException();
  const { id, roles } = principal;
  if (roles.includes('admin')) return { by: { role: 'admin', id }, scope: ReportScope.all() };
  if (roles.includes('official')) return { by: { role: 'official', id }, scope: roles.includes('intake') ? ReportScope.all() : ReportScope.intakeQueueAnd(principal.department) };
  if (roles.includes('intake')) return { by: { role: 'intake', id }, scope: ReportScope.all() };
  throw new ForbiddenException();
}

/** The `:reference` of every route that has one (any other form is answered as unknown: 404). */
const ApiReference = () => ApiParam({ name: 'reference', schema: { type: 'string', pattern: REPORT_REFERENCE_PATTERN.source }, example: 'LKT-2026-000123' });

@ApiTags('reports')
@ApiExtraModels(ReporterViewDto, OfficialReportDto)
@Controller('api/loket/reports')
@UseInterceptors(ReportRateLimitInterceptor)
export class ReportsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @HttpCode(201)
  @RateLimited('intake')
  @Idempotent()
  @ApiCreatedResponse({ type: SubmitReportResponseDto, description: 'The report was received; the private tracking link goes to the reporter by e-mail.' })
  @ApiProblems(400, 413, 422, 429)
  @ApiHeader({ name: 'accept-language', required: false, description: 'The language of the form (nl by default): the reporter’s mails are written in it.' })
  async submit(@Body() body: SubmitReportRequestDto, @Headers('accept-language') acceptLanguage?: string): Promise<{ reference: string; status: string }> {
    // The language the form was filled in (the portal sends its page language): the reporter's mails speak it.
    const result = await this.commands.execute<SubmitReportCommand, SubmitReportResult>(new SubmitReportCommand(body, languageOf(acceptLanguage)));
    return { reference: result.reference, status: result.status };
  }

  @Get()
  @Roles('official', 'intake')
  @ApiBearerAuth()
  @ApiOkResponse({ type: QueuePageDto, description: 'The queue, ordered by deadline — only reports the caller may reach (officials: the intake queue and their department).' })
  @ApiProblems(400, 401, 403, 429)
  queue(@Query() q: QueueQueryDto, @CurrentPrincipal() principal: Principal): Promise<QueuePage> {
    return this.queries.execute(
      new ListQueueQuery({
        status: q.status,
        theme: q.theme,
        technology: q.technology,
        department: q.department,
        regulation: q.regulation,
        overdue: q.overdue === undefined ? undefined : q.overdue === 'true',
        q: q.q,
        handler: q.mine === 'true' ? asStaff(principal).by.id : undefined,
        // Groups are written in lowercase (the rule's check): "Drones" finds the group drones.
        group: q.group?.trim().toLowerCase() || undefined,
        page: q.page ?? 1,
        pageSize: q.pageSize ?? 20,
      }, asStaff(principal).scope),
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
    if (token !== undefined) return this.queries.execute(new GetReporterViewQuery(checkedReference(reference, true), token));
    const { by, scope } = asStaff(principal);
    return this.queries.execute(new GetOfficialReportQuery(checkedReference(reference), by, scope));
  }

  @Post(':reference/messages')
  @ApiReference()
  @HttpCode(201)
  @RateLimited('reporter-message')
  @Idempotent()
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
      return this.commands.execute(new PostReporterMessageCommand(checkedReference(reference, true), token, body.body));
    }
    const { by, scope } = asStaff(principal);
    return this.commands.execute(new PostOfficialMessageCommand(checkedReference(reference), body.body, body.internal ?? false, by, scope));
  }

  @Post(':reference/satisfaction')
  @ApiReference()
  @HttpCode(200)
  @RateLimited('reporter-message')
  @Idempotent()
  @ApiOkResponse({ type: StatusResponseDto, description: 'Reporter (with `?token=`), on a resolved report: helped → closed for good; not helped (with a reason) → reopened to its handler.' })
  @ApiProblems(400, 404, 409, 413, 422, 429)
  satisfaction(@Param('reference') reference: string, @Query() { token }: TokenQueryDto, @Body() body: JudgeAnswerRequestDto): Promise<{ status: string }> {
    // Only through the reporter's link; without a token the report is as unknown as a wrong link makes it.
    return this.commands.execute(new JudgeAnswerCommand(checkedReference(reference, true), token ?? '', body.helped, body.reason));
  }

  @Post(':reference/triage')
  @ApiReference()
  @HttpCode(200)
  @Idempotent()
  @Roles('official', 'intake')
  @ApiBearerAuth()
  @ApiOkResponse({ type: StatusResponseDto })
  @ApiProblems(400, 401, 403, 404, 409, 413, 422, 429)
  triage(@Param('reference') reference: string, @Body() body: TriageReportRequestDto, @CurrentPrincipal() principal: Principal): Promise<{ status: string }> {
    const { by, scope } = asStaff(principal);
    return this.commands.execute(new TriageReportCommand(checkedReference(reference), body, by, scope));
  }

  @Post(':reference/status')
  @ApiReference()
  @HttpCode(200)
  @Idempotent()
  @Roles('official')
  @ApiBearerAuth()
  @ApiOkResponse({ type: StatusResponseDto })
  @ApiProblems(400, 401, 403, 404, 409, 413, 422, 429)
  status(@Param('reference') reference: string, @Body() _body: ChangeStatusRequestDto, @CurrentPrincipal() principal: Principal): Promise<{ status: string }> {
    const { by, scope } = asStaff(principal);
    return this.commands.execute(new StartHandlingCommand(checkedReference(reference), by, scope));
  }

  @Post(':reference/duplicate-of')
  @ApiReference()
  @HttpCode(200)
  @Idempotent()
  @Roles('official', 'intake')
  @ApiBearerAuth()
  @ApiOkResponse({ type: DuplicateMarkedResponseDto })
  @ApiProblems(400, 401, 403, 404, 409, 413, 422, 429)
  duplicateOf(@Param('reference') reference: string, @Body() body: DuplicateOfRequestDto, @CurrentPrincipal() principal: Principal): Promise<DuplicateMarkedResponseDto> {
    const { by, scope } = asStaff(principal);
    return this.commands.execute(new MarkDuplicateCommand(checkedReference(reference), body.originalReference, by, scope));
  }

  @Post(':reference/resolution')
  @ApiReference()
  @HttpCode(200)
  @Idempotent()
  @Roles('official', 'intake')
  @ApiBearerAuth()
  @ApiOkResponse({ type: ResolvedResponseDto, description: 'Resolves with an outcome. Intake may only use `not-admissible` (403 `LOKET.OUTCOME_IS_THE_DEPARTMENTS` otherwise).' })
  @ApiProblems(400, 401, 403, 404, 409, 413, 422, 429)
  resolution(@Param('reference') reference: string, @Body() body: ResolutionRequestDto, @CurrentPrincipal() principal: Principal): Promise<ResolvedResponseDto> {
    const { by, scope } = asStaff(principal);
    return this.commands.execute(new ResolveReportCommand(checkedReference(reference), body.outcome, body.explanation, by, scope));
  }

  @Post(':reference/split')
  @ApiReference()
  @HttpCode(200)
  @Idempotent()
  @Roles('official', 'intake')
  @ApiBearerAuth()
  @ApiOkResponse({
    type: SplitResponseDto,
    description: 'Splits a triaged or in-progress report into parts, each for another department, with a reference, deadline and handling of its own. The reporter is mailed; the original is closed when its last part has ended.',
  })
  @ApiProblems(400, 401, 403, 404, 409, 413, 422, 429)
  split(@Param('reference') reference: string, @Body() body: SplitReportRequestDto, @CurrentPrincipal() principal: Principal): Promise<SplitReportResult> {
    const { by, scope } = asStaff(principal);
    return this.commands.execute(new SplitReportCommand(checkedReference(reference), body.parts, by, scope));
  }

  @Get(':reference/audit')
  @ApiReference()
  @Roles('admin', 'official', 'intake')
  @ApiBearerAuth()
  @ApiOkResponse({
    type: AuditTrailDto,
    description: 'The audit trail of the report (who, when, what), oldest first, a page at a time: for admins, and for the officials and intake staff who may reach the report. No personal data of the reporter.',
  })
  @ApiProblems(400, 401, 403, 404)
  audit(@Param('reference') reference: string, @Query() q: PagingQueryDto, @CurrentPrincipal() principal: Principal): Promise<Paged<AuditEntryView> & { reference: string }> {
    const { scope } = asStaff(principal);
    return this.queries.execute(new GetReportAuditQuery(checkedReference(reference), q.page ?? 1, q.pageSize ?? 50, scope));
  }
}
