import { ApiProperty } from '@nestjs/swagger';

/** The live monitor as an OpenAPI schema (MonitorView). */
export class MonitorCountsDto {
  @ApiProperty()
  barrierReports!: number;

  @ApiProperty()
  resolvedBarrierReports!: number;

  @ApiProperty()
  openBarrierReports!: number;

  @ApiProperty({ description: 'Open reports past their answer-by deadline today.' })
  overdueBarrierReports!: number;

  @ApiProperty({ description: 'Reports answered after their deadline.' })
  resolvedLateBarrierReports!: number;

  @ApiProperty()
  duplicateClusters!: number;

  @ApiProperty({ description: 'Companies that said "this is my barrier too" of a published register entry, counted under the entry’s theme (withdrawn ones not).' })
  endorsements!: number;

  @ApiProperty()
  proposals!: number;

  @ApiProperty()
  responses!: number;

  @ApiProperty()
  respondents!: number;
}

export class MonitorOutcomeDto {
  @ApiProperty({ example: 'explained' })
  outcome!: string;

  @ApiProperty()
  count!: number;
}

export class MonitorSatisfactionDto {
  @ApiProperty({ description: 'Reports whose answer the reporter judged, each once: a reopened and again judged report counts with its latest verdict.' })
  answered!: number;

  @ApiProperty({ description: 'How many of those helped, by the reporter’s latest verdict.' })
  satisfied!: number;
}

export class MonitorThemeDto extends MonitorCountsDto {
  @ApiProperty({ example: '1.3' })
  code!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ type: [MonitorOutcomeDto], description: 'The reports of the theme resolved per outcome, all years, most first.' })
  outcomes!: MonitorOutcomeDto[];

  @ApiProperty({ type: Number, nullable: true, description: 'Median handling time in working days of the theme’s resolved reports, all years; null before one was resolved.' })
  medianHandlingWorkingDays!: number | null;

  @ApiProperty({ type: MonitorSatisfactionDto, description: 'Whether the answers to the theme’s reports helped, all years.' })
  satisfaction!: MonitorSatisfactionDto;
}

export class MonitorDto {
  @ApiProperty({ format: 'date-time' })
  generatedAt!: string;

  @ApiProperty({ type: String, nullable: true })
  strategyVersion!: string | null;

  @ApiProperty({ type: MonitorCountsDto })
  totals!: MonitorCountsDto;

  @ApiProperty({ type: [MonitorThemeDto] })
  themes!: MonitorThemeDto[];
}

export class SatisfactionRecordDto {
  @ApiProperty({ format: 'uuid' }) reportId!: string;
  @ApiProperty({ example: 'LKT-2026-000123' }) reference!: string;
  @ApiProperty({ description: 'The round of the verdict that counts: the report’s latest (1 for the first answer, 2 after one reopening, …).' }) round!: number;
  @ApiProperty() satisfied!: boolean;
  @ApiProperty({ example: 'explained', description: 'The outcome the reporter judged.' }) outcome!: string;
  @ApiProperty({ description: 'Whether the report is in the public register (it has a public page).' }) published!: boolean;
}

/** The drill-down of a theme's satisfaction figure: the reports it counts, by their latest verdict. */
export class SatisfactionRecordsDto {
  @ApiProperty({ example: '1.3' }) theme!: string;
  @ApiProperty({ description: 'Equal to the monitor’s `satisfaction.answered` of the theme.' }) answered!: number;
  @ApiProperty({ description: 'Equal to the monitor’s `satisfaction.satisfied` of the theme.' }) satisfied!: number;
  @ApiProperty({ type: [SatisfactionRecordDto] }) records!: SatisfactionRecordDto[];
}
