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

  @ApiProperty()
  proposals!: number;

  @ApiProperty()
  responses!: number;

  @ApiProperty()
  respondents!: number;
}

export class MonitorThemeDto extends MonitorCountsDto {
  @ApiProperty({ example: '1.3' })
  code!: string;

  @ApiProperty()
  title!: string;
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
