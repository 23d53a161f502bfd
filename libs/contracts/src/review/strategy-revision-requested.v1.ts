import { Type } from 'class-transformer';
import { ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { Topics } from '../topics';
import { STRATEGY_VERSION_PATTERN } from '../strategy/strategy-version-published.v1';
import { AMENDMENT_KINDS, AmendmentKind, THEME_CODE_PATTERN } from '../strategy/vocabulary';

export class AcceptedAmendmentV1 {
  @IsUUID()
  amendmentId!: string;

  @IsIn(AMENDMENT_KINDS)
  kind!: AmendmentKind;

  @Matches(THEME_CODE_PATTERN)
  themeCode!: string;

  /** For change-action and retire-action: the index of the action in the base version's theme. */
  @IsOptional()
  @IsInt()
  @Min(0)
  actionIndex?: number;

  /** The new action or ambition text (add-action, change-action, change-ambition). */
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  text?: string;

  @IsString()
  @MaxLength(2000)
  summary!: string;
}

/**
 * The coordinator asked for the next strategy version from the accepted amendments of a review.
 * The proposals service, which owns strategy versions, applies them and publishes the version.
 */
export class StrategyRevisionRequestedV1 {
  static readonly type = 'review.StrategyRevisionRequested';
  static readonly version = 1;
  static readonly topic = Topics.amendments;
  static readonly description = 'Accepted amendments are to make the next strategy version.';

  @Matches(STRATEGY_VERSION_PATTERN)
  baseVersion!: string;

  @Matches(STRATEGY_VERSION_PATTERN)
  newVersion!: string;

  @IsInt()
  year!: number;

  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => AcceptedAmendmentV1)
  amendments!: AcceptedAmendmentV1[];
}
