import { IsIn, IsISO8601, IsNumber, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { Topics } from '../topics';
import { STRATEGY_VERSION_PATTERN } from '../strategy/strategy-version-published.v1';
import { THEME_CODE_PATTERN } from '../strategy/vocabulary';

export const INDICATOR_VALUE_ORIGINS = ['entered', 'imported'] as const;
export type IndicatorValueOrigin = (typeof INDICATOR_VALUE_ORIGINS)[number];

/**
 * A measured value of an indicator was recorded, entered by a coordinator or imported from a CBS
 * StatLine export; `corrects` names the value it corrects (that one stays in the history). It
 * travels on `review.reviews`, the topic of the review's figures. The source note and correction
 * reason (typed text) stay in the review.
 */
export class IndicatorValueRecordedV1 {
  static readonly type = 'review.IndicatorValueRecorded';
  static readonly version = 1;
  static readonly topic = Topics.reviews;
  static readonly description = 'A measured value of a strategy indicator was recorded or corrected (entered or imported from CBS StatLine).';

  @IsUUID()
  valueId!: string;

  @IsUUID()
  indicatorId!: string;

  @IsString()
  @MaxLength(100)
  indicatorCode!: string;

  @Matches(STRATEGY_VERSION_PATTERN)
  strategyVersion!: string;

  @Matches(THEME_CODE_PATTERN)
  theme!: string;

  @IsNumber()
  value!: number;

  /** `2019`, `2019-Q1` or `2019-03`. */
  @Matches(/^\d{4}(-Q[1-4]|-\d{2})?$/)
  period!: string;

  @IsISO8601({ strict: true })
  observedOn!: string;

  @IsIn(INDICATOR_VALUE_ORIGINS)
  origin!: IndicatorValueOrigin;

  @IsOptional()
  @IsUUID()
  corrects!: string | null;

  @IsISO8601({ strict: true })
  recordedAt!: string;
}
