import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OUTCOMES, PRIORITIES, REPORT_STATUSES, TECHNOLOGIES } from '@pb/contracts';
import { AUDIT_ACTIONS } from '../../../application/ports/report-audit-log';
import { OfficialSplitOriginalDto, ReporterSplitPartDto, SplitOriginalDto, SplitPartDto } from './split.response.dto';

/**
 * The answers of the loket's API as OpenAPI schemas. They describe what the handlers return (the
 * read model's and the queries' shapes); a field added there is allowed here (no
 * additionalProperties: false), a field renamed or dropped makes schemathesis fail in e2e.
 */

export class SubmitReportResponseDto {
  @ApiProperty({ example: 'LKT-2026-000123' })
  reference!: string;

  @ApiProperty({ enum: REPORT_STATUSES, example: 'received' })
  status!: string;
}

export class StatusResponseDto {
  @ApiProperty({ enum: REPORT_STATUSES })
  status!: string;
}

export class MessagePostedResponseDto extends StatusResponseDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;
}

export class DuplicateMarkedResponseDto extends StatusResponseDto {
  @ApiProperty({ example: 'LKT-2026-000042' })
  originalReference!: string;
}

export class ResolvedResponseDto extends StatusResponseDto {
  @ApiProperty({ enum: OUTCOMES })
  outcome!: string;
}

export class RegulationDto {
  @ApiProperty()
  name!: string;

  @ApiPropertyOptional()
  article?: string;

  @ApiPropertyOptional({ example: 'BWBR0005537' })
  bwbId?: string;
}

export class DeadlinesDto {
  @ApiProperty({ format: 'date', example: '2026-03-05' })
  triageBy!: string;

  @ApiProperty({ format: 'date', example: '2026-04-14' })
  answerBy!: string;
}

export class QueueItemDto {
  @ApiProperty()
  reference!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ enum: REPORT_STATUSES })
  status!: string;

  @ApiProperty({ enum: TECHNOLOGIES })
  technology!: string;

  @ApiProperty({ type: RegulationDto })
  regulation!: RegulationDto;

  @ApiProperty({ type: String, nullable: true })
  theme!: string | null;

  @ApiProperty({ type: String, enum: PRIORITIES, nullable: true })
  priority!: string | null;

  @ApiProperty({ type: String, nullable: true })
  department!: string | null;

  @ApiProperty({ type: String, nullable: true })
  handler!: string | null;

  @ApiPropertyOptional({ example: 'drones', description: 'The handler group the routing rule gave the report at intake; absent when none did, or when the report has since moved to another department.' })
  handlerGroup?: string;

  @ApiProperty({ format: 'date-time' })
  receivedAt!: string;

  @ApiProperty({ type: DeadlinesDto })
  deadlines!: DeadlinesDto;

  @ApiProperty()
  overdue!: boolean;
}

export class QueuePageDto {
  @ApiProperty({ type: [QueueItemDto] })
  items!: QueueItemDto[];

  @ApiProperty()
  total!: number;

  @ApiProperty()
  page!: number;

  @ApiProperty()
  pageSize!: number;

  @ApiProperty({ description: 'How many reports matching the other filters are overdue.' })
  overdueCount!: number;
}

export class RegisterEntryDto {
  @ApiProperty()
  reference!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ type: RegulationDto })
  regulation!: RegulationDto;

  @ApiProperty({ enum: TECHNOLOGIES })
  technology!: string;

  @ApiProperty()
  sector!: string;

  @ApiProperty({ type: String, nullable: true })
  theme!: string | null;

  @ApiProperty({ type: String, nullable: true })
  strategyVersion!: string | null;

  @ApiProperty({ enum: OUTCOMES })
  outcome!: string;

  @ApiProperty()
  explanation!: string;

  @ApiProperty({ format: 'date-time' })
  resolvedAt!: string;

  @ApiProperty({ description: 'How many companies reported this barrier: the original, its linked duplicates and the companies that said "this is my barrier too".' })
  clusterSize!: number;
}

export class RegisterPageDto {
  @ApiProperty({ type: [RegisterEntryDto] })
  items!: RegisterEntryDto[];

  @ApiProperty({ description: 'How many entries the whole register has.' })
  total!: number;

  @ApiProperty({ type: String, nullable: true, description: 'The next page (same filters, an opaque cursor), or null on the last page.' })
  next!: string | null;
}

export class OutcomeDto {
  @ApiProperty({ enum: OUTCOMES })
  outcome!: string;

  @ApiProperty({ type: String, nullable: true })
  explanation!: string | null;

  @ApiPropertyOptional({ format: 'date-time' })
  resolvedAt?: string;
}

export class ReporterMessageDto {
  @ApiProperty({ format: 'date-time' })
  at!: string;

  @ApiProperty({ enum: ['official', 'reporter'] })
  from!: string;

  @ApiProperty()
  body!: string;
}

export class ReporterTimelineEntryDto {
  @ApiProperty({ format: 'date-time' })
  at!: string;

  @ApiProperty({ enum: REPORT_STATUSES })
  status!: string;

  @ApiProperty({ description: 'The role only: who it was stays with the loket.' })
  by!: string;
}

export class OriginalReportDto {
  @ApiProperty()
  reference!: string;

  @ApiProperty({ enum: REPORT_STATUSES })
  status!: string;

  @ApiProperty({ type: OutcomeDto, nullable: true })
  outcome!: OutcomeDto | null;
}

/** What the reporter sees through the private link (`?token=`). */
export class ReporterViewDto {
  @ApiProperty()
  reference!: string;

  @ApiProperty({ enum: REPORT_STATUSES })
  status!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  description!: string;

  @ApiProperty({ type: RegulationDto })
  regulation!: RegulationDto;

  @ApiProperty({ enum: TECHNOLOGIES })
  technology!: string;

  @ApiProperty()
  sector!: string;

  @ApiProperty({ format: 'date-time' })
  receivedAt!: string;

  @ApiProperty({ type: DeadlinesDto })
  deadlines!: DeadlinesDto;

  @ApiProperty()
  waitingForYou!: boolean;

  @ApiProperty({ type: [ReporterTimelineEntryDto] })
  timeline!: ReporterTimelineEntryDto[];

  @ApiProperty({ type: [ReporterMessageDto] })
  messages!: ReporterMessageDto[];

  @ApiProperty({ type: OutcomeDto, nullable: true })
  outcome!: OutcomeDto | null;

  @ApiProperty({ type: OriginalReportDto, nullable: true, description: 'For a duplicate: the original and its outcome.' })
  original!: OriginalReportDto | null;

  @ApiProperty({ description: 'Resolved: the reporter is asked whether the answer helped (POST …/satisfaction).' })
  satisfactionAsked!: boolean;

  @ApiProperty({ description: 'How often the reporter reopened the report.' })
  reopenCount!: number;

  @ApiProperty({ format: 'date-time', description: 'Until when the link used here works (each mail carries its own).' })
  linkExpiresAt!: string;

  @ApiProperty({ type: [ReporterSplitPartDto], description: 'A split report: its parts, each with its own status, deadline and answers (empty otherwise).' })
  parts!: ReporterSplitPartDto[];

  @ApiProperty({ type: SplitOriginalDto, nullable: true, description: 'A part of a split report: the original (null otherwise).' })
  partOf!: SplitOriginalDto | null;
}

export class ActorDto {
  @ApiProperty()
  role!: string;

  @ApiProperty()
  id!: string;
}

export class OfficialTimelineEntryDto {
  @ApiProperty({ format: 'date-time' })
  at!: string;

  @ApiProperty({ enum: REPORT_STATUSES })
  status!: string;

  @ApiProperty({ type: ActorDto })
  by!: ActorDto;
}

export class OfficialMessageDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'date-time' })
  at!: string;

  @ApiProperty({ enum: ['official', 'reporter'] })
  from!: string;

  @ApiProperty()
  authorId!: string;

  @ApiProperty()
  internal!: boolean;

  @ApiProperty()
  body!: string;
}

export class CompanyDto {
  @ApiProperty({ type: String, nullable: true })
  name!: string | null;

  @ApiProperty({ type: String, nullable: true })
  kvkNumber!: string | null;

  @ApiProperty({ type: String, nullable: true })
  sizeClass!: string | null;
}

export class ContactDto {
  @ApiProperty()
  name!: string;

  @ApiProperty()
  email!: string;

  @ApiProperty({ type: String, nullable: true })
  phone!: string | null;
}

export class ConsentDto {
  @ApiProperty()
  contact!: boolean;

  @ApiProperty()
  publish!: boolean;
}

export class LinkedReportDto {
  @ApiProperty()
  reference!: string;

  @ApiProperty({ enum: REPORT_STATUSES })
  status!: string;
}

/** A linked report on an official's page; `inScope`: the caller may open it. */
export class ScopedLinkedReportDto extends LinkedReportDto {
  @ApiProperty({ description: "Whether the caller may open the report (false: another ministry's)." })
  inScope!: boolean;
}

export class PossibleDuplicateDto extends LinkedReportDto {
  @ApiProperty()
  title!: string;

  @ApiProperty()
  score!: number;

  @ApiProperty({ type: [String], example: ['same-regulation', 'similar-text'], description: 'Why it looks alike.' })
  reasons!: string[];
}

export class SuggestionReasonDto {
  @ApiProperty({ enum: ['word', 'regulation', 'technology', 'sector'] })
  kind!: string;

  @ApiProperty({ description: 'As the reporter typed it (a word of the title or description, the regulation name), or the form value.', example: 'drones' })
  text!: string;

  @ApiProperty({ description: 'How strongly it pointed to this code (larger is stronger).' })
  weight!: number;
}

export class SuggestedCodeDto {
  @ApiProperty({ example: '1.4' })
  code!: string;

  @ApiProperty({ description: '0..1: the model’s probability, calibrated on the triaged reports.', example: 0.62 })
  confidence!: number;

  @ApiProperty({ type: [SuggestionReasonDto], description: 'What weighed most, strongest first (at most 5).' })
  reasons!: SuggestionReasonDto[];
}

export class SuggestionAlternativesDto {
  @ApiProperty({ type: [SuggestedCodeDto] })
  theme!: SuggestedCodeDto[];

  @ApiProperty({ type: [SuggestedCodeDto] })
  department!: SuggestedCodeDto[];
}

/** The suggester's advice for triage; never applied by itself. */
export class SuggestionDto {
  @ApiProperty({ type: SuggestedCodeDto, nullable: true, description: 'Null until the loket has learnt from triaged reports, or when nothing in this report is familiar.' })
  theme!: SuggestedCodeDto | null;

  @ApiProperty({ type: SuggestedCodeDto, nullable: true })
  department!: SuggestedCodeDto | null;

  @ApiProperty({ type: SuggestionAlternativesDto, description: 'The top 3 of each, best first.' })
  alternatives!: SuggestionAlternativesDto;

  @ApiProperty({ description: 'How many triaged reports (of the current strategy version) the model learnt from.' })
  trainedOn!: number;
}

export class RoutedMatchDto {
  @ApiPropertyOptional()
  bwbId?: string;
  @ApiPropertyOptional()
  article?: string;
  @ApiPropertyOptional()
  theme?: string;
  @ApiPropertyOptional({ enum: TECHNOLOGIES })
  technology?: string;
  @ApiPropertyOptional()
  sector?: string;
}

/** The routing rule that sent the report to a department at intake, as the rule was then (issue 10 item 2). */
export class ReportRoutingDto {
  @ApiProperty({ format: 'uuid' })
  ruleId!: string;

  @ApiProperty({ description: 'The rule’s place in the order when it fired (1 is looked at first).' })
  position!: number;

  @ApiProperty({ type: RoutedMatchDto })
  match!: RoutedMatchDto;

  @ApiProperty({ example: 'EZ' })
  department!: string;

  @ApiPropertyOptional()
  handlerGroup?: string;

  @ApiProperty({ format: 'date-time' })
  routedAt!: string;
}

/** A standard answer with this report's values filled in, for the official to pick and edit (issue 10 item 3). */
export class FilledAnswerTemplateDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: [...OUTCOMES, 'question'], description: 'The outcome it answers with, or `question` (asking the reporter).' })
  purpose!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ description: 'The text with {reference}, {regulation} and {department} filled in.' })
  text!: string;
}

/** Everything an official sees: the report, the reporter, every message, possible duplicates and the triage suggestion. */
export class OfficialReportDto {
  @ApiProperty()
  reference!: string;

  @ApiProperty({ enum: REPORT_STATUSES })
  status!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  description!: string;

  @ApiProperty({ type: RegulationDto })
  regulation!: RegulationDto;

  @ApiProperty({ enum: TECHNOLOGIES })
  technology!: string;

  @ApiProperty()
  sector!: string;

  @ApiProperty({ type: String, nullable: true })
  impact!: string | null;

  @ApiProperty({ type: String, nullable: true })
  suggestedSolution!: string | null;

  @ApiProperty({ type: CompanyDto })
  company!: CompanyDto;

  @ApiProperty({ type: ContactDto, nullable: true })
  contact!: ContactDto | null;

  @ApiProperty({ type: ConsentDto })
  consent!: ConsentDto;

  @ApiProperty({ format: 'date-time' })
  receivedAt!: string;

  @ApiProperty({ type: String, nullable: true })
  theme!: string | null;

  @ApiProperty({ type: String, nullable: true })
  strategyVersion!: string | null;

  @ApiProperty({ type: String, nullable: true })
  category!: string | null;

  @ApiProperty({ type: String, enum: PRIORITIES, nullable: true })
  priority!: string | null;

  @ApiProperty({ type: String, nullable: true })
  department!: string | null;

  @ApiProperty({ type: String, nullable: true })
  handler!: string | null;

  @ApiProperty({ type: DeadlinesDto })
  deadlines!: DeadlinesDto;

  @ApiProperty()
  overdue!: boolean;

  @ApiProperty()
  paused!: boolean;

  @ApiProperty({ type: [OfficialTimelineEntryDto] })
  timeline!: OfficialTimelineEntryDto[];

  @ApiProperty({ type: [OfficialMessageDto] })
  messages!: OfficialMessageDto[];

  @ApiProperty({ type: OutcomeDto, nullable: true })
  outcome!: OutcomeDto | null;

  @ApiProperty({ type: String, nullable: true })
  originalReference!: string | null;

  @ApiProperty({ description: "Whether the caller may open the original (false, too, when there is none)." })
  originalInScope!: boolean;

  @ApiProperty({ type: [ScopedLinkedReportDto] })
  duplicates!: ScopedLinkedReportDto[];

  @ApiProperty({ type: [PossibleDuplicateDto] })
  possibleDuplicates!: PossibleDuplicateDto[];

  @ApiProperty({ type: SuggestionDto })
  suggestion!: SuggestionDto;

  @ApiProperty({ type: [SplitPartDto], description: 'A split report: its parts (empty otherwise).' })
  parts!: SplitPartDto[];

  @ApiProperty({ type: OfficialSplitOriginalDto, nullable: true, description: 'A part of a split report: the original (null otherwise).' })
  partOf!: OfficialSplitOriginalDto | null;
  @ApiProperty({ type: ReportRoutingDto, nullable: true, description: 'The routing rule that fired at intake; null: none did.' })
  routing!: ReportRoutingDto | null;

  @ApiProperty({ type: [FilledAnswerTemplateDto], description: 'The standard answers, filled in for this report.' })
  answerTemplates!: FilledAnswerTemplateDto[];
}

export class AuditActorDto {
  @ApiProperty({ enum: ['official', 'intake', 'admin', 'system', 'reporter'] })
  role!: string;

  @ApiProperty({ description: 'The staff member’s subject id (the token’s `sub`).' })
  id!: string;
}

export class AuditEntryDto {
  @ApiProperty({ format: 'date-time' })
  at!: string;

  @ApiProperty({ type: AuditActorDto })
  actor!: AuditActorDto;

  @ApiProperty({ enum: AUDIT_ACTIONS })
  action!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'Codes and references only (department, theme, priority, outcome, status, the original’s reference; for `routing` the rule’s id and position then and its handler group): never text a person typed.',
    example: { department: 'EZK', theme: '2.1.2', priority: 'normal' },
  })
  details!: Record<string, string>;
}

export class AuditTrailDto {
  @ApiProperty({ example: 'LKT-2026-000123' })
  reference!: string;

  @ApiProperty({ type: [AuditEntryDto], description: 'Oldest first.' })
  items!: AuditEntryDto[];

  @ApiProperty({ minimum: 0 })
  total!: number;

  @ApiProperty({ minimum: 1 })
  page!: number;

  @ApiProperty({ minimum: 1 })
  pageSize!: number;
}

export class TrackingLinkAcceptedDto {
  @ApiProperty({ enum: ['accepted'], description: 'The same whether or not the reference and the address match.' })
  status!: 'accepted';
}
