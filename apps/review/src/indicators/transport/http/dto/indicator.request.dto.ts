import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsNumber, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { THEME_CODE_PATTERN } from '@pb/contracts';
import { FREE_TEXT } from '@pb/http';

/** A calendar day PostgreSQL and a reader both take for a measurement date (not year 0000 or 9999). */
const OBSERVED_ON = /^(19|20|21)\d{2}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

// Each list is in the order stacked decorators register in (the bottom one first), so the messages
// of a field that breaks several rules keep the order they had (as libs/http/src/person-fields.ts).

/** Where a figure was read (a value and an import both name it). */
const MeasurementSource = (): PropertyDecorator =>
  applyDecorators(Matches(FREE_TEXT, { context: { code: 'text' } }), MaxLength(300), MinLength(1), IsString(), ApiProperty({ example: 'CBS StatLine 83429NED', minLength: 1, maxLength: 300 }));

/** The day the source published or measured the figure. */
const ObservedOn = (): PropertyDecorator =>
  applyDecorators(
    Matches(OBSERVED_ON),
    IsISO8601({ strict: true }),
    ApiProperty({ format: 'date', pattern: OBSERVED_ON.source, example: '2020-03-01', description: 'The day the source published or measured it (1900–2199).' }),
  );

export class IndicatorParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}

export class ListIndicatorsQueryDto {
  @ApiPropertyOptional({ pattern: THEME_CODE_PATTERN.source, example: '1.5' })
  @IsOptional()
  @Matches(THEME_CODE_PATTERN, { context: { code: 'theme' } })
  theme?: string;

  @ApiPropertyOptional({ example: '2018.0', pattern: '^\\d{4}\\.\\d+$' })
  @IsOptional()
  @Matches(/^\d{4}\.\d+$/)
  strategyVersion?: string;
}

export class RecordIndicatorValueRequestDto {
  @ApiProperty({ example: 64.5 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value!: number;

  @ApiProperty({ example: '2019', description: 'A year (2019), quarter (2019-Q1) or month (2019-03); CBS codes (2019JJ00) are read too.', maxLength: 20 })
  @IsString()
  @MaxLength(20)
  @Matches(FREE_TEXT, { context: { code: 'text' } })
  period!: string;

  @MeasurementSource()
  source!: string;

  @ObservedOn()
  observedOn!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The value this one corrects (it stays visible in the history).' })
  @IsOptional()
  @IsUUID()
  corrects?: string;

  @ApiPropertyOptional({ maxLength: 1000, description: 'Why: required with `corrects`.' })
  @ValidateIf((o: RecordIndicatorValueRequestDto) => o.corrects !== undefined || o.reason !== undefined)
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  @Matches(FREE_TEXT, { context: { code: 'text' } })
  reason?: string;
}

export class ImportIndicatorValuesQueryDto {
  @MeasurementSource()
  source!: string;

  @ObservedOn()
  observedOn!: string;

  @ApiPropertyOptional({ maxLength: 200, description: 'The header of the value column; the last column when left out.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @Matches(FREE_TEXT, { context: { code: 'text' } })
  column?: string;
}
