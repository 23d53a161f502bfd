import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsISO8601, IsNumber, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { THEME_CODE_PATTERN } from '@pb/contracts';
import { FREE_TEXT, IsNotBlank } from '@pb/http';

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

/** A strategy version as the review names it (`2018.0`). */
const STRATEGY_VERSION = /^\d{4}\.\d+$/;

/** An indicator's code: lower-case words joined by hyphens, as in the seed (`ehealth-access-everyone`). */
export const INDICATOR_CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A line of text a coordinator types: required, within `max` characters, no control characters. */
const Text = (max: number, example?: string): PropertyDecorator =>
  applyDecorators(Matches(FREE_TEXT, { context: { code: 'text' } }), IsNotBlank(), MaxLength(max), MinLength(1), IsString(), ApiProperty({ minLength: 1, maxLength: max, ...(example ? { example } : {}) }));

export class AmbitionParamsDto {
  @ApiProperty({ example: '2027.0', pattern: STRATEGY_VERSION.source })
  @Matches(STRATEGY_VERSION)
  version!: string;

  @ApiProperty({ example: '1.5', pattern: THEME_CODE_PATTERN.source })
  @Matches(THEME_CODE_PATTERN, { context: { code: 'theme' } })
  theme!: string;
}

export class IndicatorDefinitionRequestDto {
  @Text(500, 'Aandeel chronisch zieken met directe toegang tot hun eigen medische gegevens')
  nl!: string;

  @Text(500, 'Share of the chronically ill with direct access to their own medical data')
  en!: string;
}

/**
 * A new indicator of an ambition. The target's number (with how it is compared) and its year are
 * optional, as the strategy often states an aim without one; so is where the strategy says it
 * (section and quote, as a pair). A number without its comparison, or a quote without its
 * section, is refused field by field.
 */
export class DefineIndicatorRequestDto {
  @ApiProperty({ example: 'ehealth-access-everyone', pattern: INDICATOR_CODE.source, maxLength: 80 })
  @Matches(INDICATOR_CODE, { context: { code: 'indicator-code' } })
  @MaxLength(80)
  @IsString()
  code!: string;

  @Text(500, 'Aandeel Nederlanders met directe toegang tot hun eigen medische gegevens')
  definitionNl!: string;

  @Text(500, 'Share of all Dutch people with direct access to their own medical data')
  definitionEn!: string;

  @Text(40, '%')
  unit!: string;

  @Text(300, 'Nictiz / NIVEL, eHealth-monitor')
  source!: string;

  @ApiPropertyOptional({ example: 40, description: 'The target number; required with `targetComparison`.' })
  @ValidateIf((o: DefineIndicatorRequestDto) => o.targetValue !== undefined || o.targetComparison !== undefined)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  targetValue?: number;

  @ApiPropertyOptional({ enum: ['at-least', 'at-most'], description: 'Whether a value meets the target at or above it, or at or below it; required with `targetValue`.' })
  @ValidateIf((o: DefineIndicatorRequestDto) => o.targetValue !== undefined || o.targetComparison !== undefined)
  @IsIn(['at-least', 'at-most'])
  targetComparison?: 'at-least' | 'at-most';

  @ApiPropertyOptional({ type: 'integer', example: 2030, minimum: 1990, maximum: 2100 })
  @IsOptional()
  @Max(2100)
  @Min(1990)
  @IsInt()
  targetYear?: number;

  @ApiPropertyOptional({ example: '3.3 Digitalisering laten werken voor kwaliteit van leven', maxLength: 300, description: 'The section of the strategy that states the target; required with `targetQuote`.' })
  @ValidateIf((o: DefineIndicatorRequestDto) => o.targetSection !== undefined || o.targetQuote !== undefined)
  @Matches(FREE_TEXT, { context: { code: 'text' } })
  @IsNotBlank()
  @MaxLength(300)
  @MinLength(1)
  @IsString()
  targetSection?: string;

  @ApiPropertyOptional({ maxLength: 2000, description: 'The words of the strategy text that state the target; required with `targetSection`.' })
  @ValidateIf((o: DefineIndicatorRequestDto) => o.targetSection !== undefined || o.targetQuote !== undefined)
  @Matches(FREE_TEXT, { context: { code: 'text' } })
  @IsNotBlank()
  @MaxLength(2000)
  @MinLength(1)
  @IsString()
  targetQuote?: string;
}
