import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';

const YEAR = /^(19|20|21)\d{2}$/;
const POSITIVE = /^[1-9]\d{0,5}$/;
const YEAR_FILE = /^(19|20|21)\d{2}(\.(json|html|pdf))?$/;

export class YearParamsDto {
  @ApiProperty({ pattern: YEAR.source, example: '2026' })
  @Matches(YEAR)
  year!: string;
}

/** `2026`, `2026.json`, `2026.html` or `2026.pdf`. */
export class YearFileParamsDto {
  @ApiProperty({ pattern: YEAR_FILE.source, example: '2026.pdf', description: 'The year, with .json, .html or .pdf for that format (JSON without).' })
  @Matches(YEAR_FILE)
  file!: string;
}

export class RevisionQueryDto {
  @ApiPropertyOptional({ pattern: POSITIVE.source, description: 'A revision; the latest without.' })
  @IsOptional()
  @Matches(POSITIVE)
  revision?: string;
}

export class FigureParamsDto {
  @ApiProperty({ pattern: YEAR.source, example: '2026' })
  @Matches(YEAR)
  year!: string;

  @ApiProperty({ pattern: POSITIVE.source, example: '1' })
  @Matches(POSITIVE)
  revision!: string;

  @ApiProperty({ maxLength: 300, example: 'totals.barrierReports' })
  @MaxLength(300)
  figureId!: string;
}

export class PageQueryDto {
  @ApiPropertyOptional({ pattern: '^([1-9]\\d{0,3}|10000)$', description: 'At most 10 000; 1 000 without.' })
  @IsOptional()
  @Matches(/^([1-9]\d{0,3}|10000)$/)
  limit?: string;

  @ApiPropertyOptional({ pattern: '^\\d{1,9}$' })
  @IsOptional()
  @Matches(/^\d{1,9}$/)
  offset?: string;
}

export class JobParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}
