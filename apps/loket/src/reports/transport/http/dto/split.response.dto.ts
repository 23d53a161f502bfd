import { ApiProperty } from '@nestjs/swagger';
import { REPORT_STATUSES } from '@pb/contracts';

export class SplitPartCreatedDto {
  @ApiProperty({ example: 'LKT-2026-000124' })
  reference!: string;

  @ApiProperty()
  department!: string;

  @ApiProperty({ format: 'date', description: 'The part’s own answer deadline.' })
  answerBy!: string;
}

export class SplitResponseDto {
  @ApiProperty({ enum: ['split'] })
  status!: string;

  @ApiProperty({ type: [SplitPartCreatedDto] })
  parts!: SplitPartCreatedDto[];
}

export class SplitOutcomeDto {
  @ApiProperty()
  outcome!: string;

  @ApiProperty({ required: false })
  explanation?: string;

  @ApiProperty({ format: 'date-time', required: false })
  resolvedAt?: string;
}

export class SplitPartMessageDto {
  @ApiProperty({ format: 'date-time' })
  at!: string;

  @ApiProperty({ enum: ['official', 'reporter'] })
  from!: string;

  @ApiProperty()
  body!: string;
}

/** A part of a split report as its officials see it (on the original's page, and the siblings). */
export class SplitPartDto {
  @ApiProperty()
  reference!: string;

  @ApiProperty({ enum: REPORT_STATUSES })
  status!: string;

  @ApiProperty()
  department!: string;

  @ApiProperty({ type: String, nullable: true })
  handler!: string | null;

  @ApiProperty({ format: 'date' })
  answerBy!: string;

  @ApiProperty({ type: SplitOutcomeDto, nullable: true })
  outcome!: SplitOutcomeDto | null;

  @ApiProperty({ description: "Whether the caller may open the part (false: it went to another ministry's queue)." })
  inScope!: boolean;
}

/** A part as the reporter sees it on their one page: its status, deadline, answers and the officials' messages. */
export class ReporterSplitPartDto {
  @ApiProperty()
  reference!: string;

  @ApiProperty({ enum: REPORT_STATUSES })
  status!: string;

  @ApiProperty()
  department!: string;

  @ApiProperty({ format: 'date' })
  answerBy!: string;

  @ApiProperty({ type: SplitOutcomeDto, nullable: true })
  outcome!: SplitOutcomeDto | null;

  @ApiProperty({ type: [SplitPartMessageDto], description: 'Messages meant for the reporter (never internal notes).' })
  messages!: SplitPartMessageDto[];
}

export class SplitOriginalDto {
  @ApiProperty()
  reference!: string;

  @ApiProperty({ enum: REPORT_STATUSES })
  status!: string;
}

/** The original of a part, on an official's page. */
export class OfficialSplitOriginalDto extends SplitOriginalDto {
  @ApiProperty({ description: "Whether the caller may open the original (false: another ministry's report)." })
  inScope!: boolean;
}
