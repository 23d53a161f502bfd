import { ApiProperty } from '@nestjs/swagger';

export class MonthPointDto {
  @ApiProperty({ example: '2026-03', description: 'A month of the Dutch calendar.' })
  month!: string;
  @ApiProperty({ description: 'Barrier reports received in the month.' })
  reported!: number;
  @ApiProperty({ description: 'Reports resolved in the month.' })
  resolved!: number;
  @ApiProperty({ description: 'Consultation responses submitted in the month.' })
  responses!: number;
}

export class YearPointDto {
  @ApiProperty({ example: 2026 })
  year!: number;
  @ApiProperty()
  reported!: number;
  @ApiProperty()
  resolved!: number;
  @ApiProperty()
  responses!: number;
}

export class ThemeYearDto {
  @ApiProperty({ example: '1.4' })
  theme!: string;
  @ApiProperty({ example: 2026 })
  year!: number;
  @ApiProperty()
  reported!: number;
}

export class OutcomeYearDto {
  @ApiProperty({ example: 'explained' })
  outcome!: string;
  @ApiProperty({ example: 2026 })
  year!: number;
  @ApiProperty()
  resolved!: number;
}

export class RegulationCountDto {
  @ApiProperty({ example: 'BWBR0024282' })
  bwbId!: string;
  @ApiProperty()
  reported!: number;
}

export class TrendsDto {
  @ApiProperty({ type: [MonthPointDto], description: 'The last 24 months, oldest first, zeros included.' })
  months!: MonthPointDto[];
  @ApiProperty({ type: [YearPointDto], description: 'Every year from the first with data to the current one.' })
  years!: YearPointDto[];
  @ApiProperty({ type: [ThemeYearDto] })
  themes!: ThemeYearDto[];
  @ApiProperty({ type: [OutcomeYearDto], description: 'Per the year of resolution.' })
  outcomes!: OutcomeYearDto[];
  @ApiProperty({ type: [RegulationCountDto], description: 'The ten most-cited regulations, all years.' })
  regulations!: RegulationCountDto[];
}
