import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDefined, IsIn, IsObject, IsOptional, IsString, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { DEPARTMENTS, REPORT_REFERENCE_PATTERN, REPORT_STATUSES, TECHNOLOGIES, THEME_CODE_PATTERN } from '@pb/contracts';
import { FREE_TEXT, IsNotBlank } from '@pb/http';
import { HANDLER_GROUP_FILTER } from './official.request.dto';

/** Pseudonymous ids only (as the triage's handler): letters, digits and . _ : - (no '@'). */
const HANDLER_ID = /^[A-Za-z0-9._:-]{1,100}$/;
/** The most reports one bulk assign takes: a queue page and a little more. */
export const MAX_BULK_ASSIGN = 100;

export class DashboardQueryDto {
  @ApiPropertyOptional({ enum: DEPARTMENTS, description: 'Admin: the department (none: all). An official: their own only (default).' })
  @IsOptional()
  @IsIn(DEPARTMENTS)
  department?: string;
}

export class DashboardWeekDto {
  @ApiProperty({ format: 'date', description: 'The Monday that starts the ISO week (Europe/Amsterdam)' })
  week!: string;

  @ApiProperty({ description: 'Open at the end of the week (the running week: now)' })
  open!: number;

  @ApiProperty({ description: 'Of the open reports, past their running deadline at the end of the week' })
  overdue!: number;

  @ApiProperty({ description: 'Reopened by their reporter during the week' })
  reopened!: number;

  @ApiProperty({ description: 'Answered (resolved or not admissible) during the week' })
  answered!: number;

  @ApiProperty({ type: Number, nullable: true, description: 'Mean working days from receipt to those answers (paused days excluded)' })
  averageDays!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: '90th percentile (percentile_cont) of the same' })
  p90Days!: number | null;
}

export class DashboardDto {
  @ApiProperty({ type: String, nullable: true, enum: DEPARTMENTS, description: 'null: all departments together' })
  department!: string | null;

  @ApiProperty({ type: [DashboardWeekDto], description: 'The last 52 weeks, oldest first, one per week' })
  weeks!: DashboardWeekDto[];
}

/** The queue's filters as the queue takes them (GET /api/loket/reports), every one optional. */
export class SavedFilterValuesDto {
  @ApiPropertyOptional({ enum: REPORT_STATUSES })
  @IsOptional()
  @IsIn(REPORT_STATUSES)
  status?: string;

  @ApiPropertyOptional({ example: '2.4.2' })
  @IsOptional()
  @IsString()
  @Matches(THEME_CODE_PATTERN, { context: { code: 'theme' } })
  theme?: string;

  @ApiPropertyOptional({ enum: TECHNOLOGIES })
  @IsOptional()
  @IsIn(TECHNOLOGIES)
  technology?: string;

  @ApiPropertyOptional({ enum: DEPARTMENTS })
  @IsOptional()
  @IsIn(DEPARTMENTS)
  department?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Matches(FREE_TEXT, { context: { code: 'text' } })
  regulation?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'] })
  @IsOptional()
  @IsIn(['true', 'false'])
  overdue?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Matches(FREE_TEXT, { context: { code: 'text' } })
  q?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'] })
  @IsOptional()
  @IsIn(['true', 'false'])
  mine?: string;

  @ApiPropertyOptional({ example: 'drones', description: 'A handler group of the routing rules.' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  @Matches(HANDLER_GROUP_FILTER, { context: { code: 'text' } })
  group?: string;
}

export class SaveFilterRequestDto {
  @ApiProperty({ example: 'Achterstand AI', description: 'Unique per official: the same name again replaces the filter.' })
  @IsDefined()
  @IsString()
  @Length(1, 60)
  @Matches(FREE_TEXT, { context: { code: 'text' } })
  @IsNotBlank()
  name!: string;

  @ApiProperty({ type: SavedFilterValuesDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => SavedFilterValuesDto)
  filters!: SavedFilterValuesDto;
}

export class SavedFilterDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ type: SavedFilterValuesDto })
  filters!: SavedFilterValuesDto;

  @ApiProperty({ format: 'date-time' })
  savedAt!: string;
}

export class SavedFiltersDto {
  @ApiProperty({ type: [SavedFilterDto] })
  items!: SavedFilterDto[];
}

export class FilterIdParamDto {
  @ApiProperty({ format: 'uuid' })
  @Matches(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, { context: { code: 'id' } })
  id!: string;
}

export class AssignReportsRequestDto {
  @ApiProperty({ type: [String], example: ['LKT-2026-000123'], description: `1 to ${MAX_BULK_ASSIGN} references` })
  @IsDefined()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BULK_ASSIGN)
  @IsString({ each: true })
  @Matches(REPORT_REFERENCE_PATTERN, { each: true, context: { code: 'reference' } })
  references!: string[];

  @ApiProperty({ example: 'official-7', description: 'Pseudonymous id of the handler' })
  @IsDefined()
  @IsString()
  @Matches(HANDLER_ID, { context: { code: 'handler' } })
  handler!: string;
}

export class AssignmentFailureDto {
  @ApiProperty()
  reference!: string;

  @ApiProperty({ example: 'LOKET.NOT_TRIAGED_YET' })
  code!: string;

  @ApiProperty({ description: 'The HTTP status this report alone would have been answered with', example: 409 })
  status!: number;

  @ApiProperty({ description: 'Why, in the language of Accept-Language' })
  detail!: string;
}

export class AssignmentResultDto {
  @ApiProperty({ type: [String], description: 'Assigned (or already with this handler)' })
  assigned!: string[];

  @ApiProperty({ type: [AssignmentFailureDto], description: 'One per report that was not assigned; nothing of it changed' })
  failed!: AssignmentFailureDto[];
}
