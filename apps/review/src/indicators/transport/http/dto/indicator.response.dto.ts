import { ApiProperty, OmitType } from '@nestjs/swagger';

/** The answers of the indicators API as OpenAPI schemas. */

export class TargetSourceDto {
  @ApiProperty({ example: '3.3 Digitalisering laten werken voor kwaliteit van leven' })
  section!: string;

  @ApiProperty({ description: 'The words of the strategy text that state the target.' })
  quote!: string;
}

export class IndicatorTargetDto {
  @ApiProperty({ type: Number, nullable: true, description: 'Null where the strategy states the aim without a number.' })
  value!: number | null;

  @ApiProperty({ type: Number, nullable: true })
  year!: number | null;

  @ApiProperty({ enum: ['at-least', 'at-most'], nullable: true })
  comparison!: string | null;

  @ApiProperty({ type: TargetSourceDto, nullable: true, description: 'Null where the indicator was defined without the strategy’s words for it.' })
  source!: TargetSourceDto | null;
}

export class IndicatorDefinitionDto {
  @ApiProperty()
  nl!: string;

  @ApiProperty()
  en!: string;
}

export class IndicatorValueDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  indicatorId!: string;

  @ApiProperty()
  value!: number;

  @ApiProperty({ example: '2019' })
  period!: string;

  @ApiProperty()
  source!: string;

  @ApiProperty({ format: 'date' })
  observedOn!: string;

  @ApiProperty({ format: 'date-time' })
  recordedAt!: string;

  @ApiProperty()
  recordedBy!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  corrects!: string | null;

  @ApiProperty({ type: String, nullable: true })
  correctionReason!: string | null;
}

export class IndicatorLatestDto {
  @ApiProperty()
  value!: number;

  @ApiProperty()
  period!: string;

  @ApiProperty({ type: Boolean, nullable: true })
  meetsTarget!: boolean | null;
}

export class IndicatorViewDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: '2018.0' })
  strategyVersion!: string;

  @ApiProperty({ example: '1.5' })
  theme!: string;

  @ApiProperty({ example: 'ehealth-access-chronically-ill' })
  code!: string;

  @ApiProperty({ type: IndicatorDefinitionDto })
  definition!: IndicatorDefinitionDto;

  @ApiProperty({ example: '%' })
  unit!: string;

  @ApiProperty()
  source!: string;

  @ApiProperty({ type: IndicatorTargetDto })
  target!: IndicatorTargetDto;

  @ApiProperty({ type: [IndicatorValueDto], description: 'The latest value per period, oldest period first.' })
  values!: IndicatorValueDto[];

  @ApiProperty({ type: [IndicatorValueDto], description: 'Every value recorded, corrections included.' })
  history!: IndicatorValueDto[];

  @ApiProperty({ type: IndicatorLatestDto, nullable: true })
  latest!: IndicatorLatestDto | null;
}

/** An indicator as defined: what it measures and its target, without values. */
export class IndicatorDto extends OmitType(IndicatorViewDto, ['values', 'history', 'latest'] as const) {}

export class IndicatorListDto {
  @ApiProperty({ type: [IndicatorViewDto] })
  items!: IndicatorViewDto[];
}

export class IndicatorImportResultDto {
  @ApiProperty({ description: 'New values recorded (corrections included).' })
  recorded!: number;

  @ApiProperty({ description: 'Of those, values that correct an earlier value of the same period.' })
  corrected!: number;

  @ApiProperty({ description: 'Rows equal to the value already recorded.' })
  unchanged!: number;

  @ApiProperty({ description: 'Rows whose cell holds a CBS symbol for "no figure".' })
  withoutFigure!: number;
}
