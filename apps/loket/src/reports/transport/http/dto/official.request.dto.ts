import { FREE_TEXT } from '@pb/http';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsDefined, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { DEPARTMENTS, OUTCOMES, PRIORITIES, REPORT_REFERENCE_PATTERN, REPORT_STATUSES, TECHNOLOGIES, THEME_CODE_PATTERN } from '@pb/contracts';
import type { Outcome, Priority, ReportStatus, Technology } from '@pb/contracts';

/** Pseudonymous ids only: letters, digits and . _ : - (no '@', so no e-mail addresses). */
const HANDLER_ID = /^[A-Za-z0-9._:-]{1,100}$/;

export class TriageReportRequestDto {
  @ApiProperty({ example: '2.1.2', description: 'Theme code of the current strategy version' })
  @IsDefined()
  @IsString()
  @Matches(THEME_CODE_PATTERN, { context: { code: 'theme' } })
  theme!: string;

  @ApiPropertyOptional({ example: 'privacy' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @Matches(FREE_TEXT, { context: { code: 'text' } })
  category?: string;

  @ApiProperty({ enum: PRIORITIES })
  @IsDefined()
  @IsIn(PRIORITIES)
  priority!: Priority;

  @ApiProperty({ enum: DEPARTMENTS })
  @IsDefined()
  @IsIn(DEPARTMENTS)
  department!: string;

  @ApiPropertyOptional({ description: 'Pseudonymous id of the handling official; default: you' })
  @IsOptional()
  @IsString()
  @Matches(HANDLER_ID, { context: { code: 'handler' } })
  handler?: string;
}

export class ChangeStatusRequestDto {
  @ApiProperty({ enum: ['in_progress'], description: 'Other statuses follow from triage, questions, duplicate-of and resolution.' })
  @IsDefined()
  @IsIn(['in_progress'])
  status!: 'in_progress';
}

export class MessageRequestDto {
  @ApiProperty()
  @IsDefined()
  @IsString()
  @Length(1, 5000)
  @Matches(FREE_TEXT, { context: { code: 'text' } })
  body!: string;

  @ApiPropertyOptional({ description: 'Officials only: a note the reporter never sees.' })
  @IsOptional()
  @IsBoolean()
  internal?: boolean;
}

export class DuplicateOfRequestDto {
  @ApiProperty({ example: 'LKT-2026-000001' })
  @IsDefined()
  @IsString()
  @Matches(REPORT_REFERENCE_PATTERN, { context: { code: 'reference' } })
  originalReference!: string;
}

export class ResolutionRequestDto {
  @ApiProperty({ enum: OUTCOMES })
  @IsDefined()
  @IsIn(OUTCOMES)
  outcome!: Outcome;

  @ApiProperty()
  @IsDefined()
  @IsString()
  @Length(10, 10000)
  @Matches(FREE_TEXT, { context: { code: 'text' } })
  explanation!: string;
}

export class PagingQueryDto {
  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100000)
  page?: number;

  @ApiPropertyOptional({ default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;
}

/**
 * A handler group as the queue filter takes it: the routing rules' form (letters, digits, hyphens),
 * any case and surrounding spaces allowed — the controller trims and lowercases it. Empty is no filter
 * (as a form sends an empty field).
 */
export const HANDLER_GROUP_FILTER = /^\s*([A-Za-z0-9][A-Za-z0-9-]*)?\s*$/;

export class QueueQueryDto extends PagingQueryDto {
  @ApiPropertyOptional({ enum: REPORT_STATUSES })
  @IsOptional()
  @IsIn(REPORT_STATUSES)
  status?: ReportStatus;

  @ApiPropertyOptional({ example: '2.4.2' })
  @IsOptional()
  @IsString()
  @Matches(THEME_CODE_PATTERN, { context: { code: 'theme' } })
  theme?: string;

  @ApiPropertyOptional({ enum: TECHNOLOGIES })
  @IsOptional()
  @IsIn(TECHNOLOGIES)
  technology?: Technology;

  @ApiPropertyOptional({ enum: DEPARTMENTS })
  @IsOptional()
  @IsIn(DEPARTMENTS)
  department?: string;

  @ApiPropertyOptional({ description: 'Part of the regulation name or BWB id' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Matches(FREE_TEXT, { context: { code: 'text' } })
  regulation?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'] })
  @IsOptional()
  @IsIn(['true', 'false'])
  overdue?: 'true' | 'false';

  @ApiPropertyOptional({ description: 'Words in reference, title or description' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Matches(FREE_TEXT, { context: { code: 'text' } })
  q?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: '"My reports": only the reports the caller handles.' })
  @IsOptional()
  @IsIn(['true', 'false'])
  mine?: 'true' | 'false';

  @ApiPropertyOptional({ example: 'drones', description: 'Only the reports a routing rule gave this handler group (while they are in the department the rule sent them to).' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  @Matches(HANDLER_GROUP_FILTER, { context: { code: 'text' } })
  group?: string;
}

/** The reporter's judgement of the answer to their resolved report. */
export class JudgeAnswerRequestDto {
  @ApiProperty({ description: 'Whether the answer helped: true closes the report, false reopens it to its handler.' })
  @IsDefined()
  @IsBoolean()
  helped!: boolean;

  @ApiPropertyOptional({ description: 'Required when `helped` is false: why the answer does not help (the handler reads it).' })
  @ValidateIf((o: JudgeAnswerRequestDto) => o.helped === false || o.reason !== undefined)
  @IsDefined()
  @IsString()
  @Length(1, 5000)
  @Matches(FREE_TEXT, { context: { code: 'text' } })
  reason?: string;
}

export class TokenQueryDto {
  @ApiPropertyOptional({ description: 'The private tracking token from the acknowledgement mail (reporters)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  token?: string;
}
