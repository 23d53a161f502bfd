import { Type } from 'class-transformer';
import { ArrayMinSize, IsArray, IsIn, IsInt, IsISO8601, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Topics } from '../topics';
import { AMENDMENT_KINDS, AmendmentKind, THEME_CODE_PATTERN } from './vocabulary';

export const STRATEGY_VERSION_PATTERN = /^\d{4}\.\d+$/;

export class StrategyThemeV1 {
  @Matches(THEME_CODE_PATTERN)
  code!: string;

  @IsString()
  @MaxLength(300)
  title!: string;

  @IsString()
  ambition!: string;

  @IsArray()
  @IsString({ each: true })
  actions!: string[];

  @IsInt()
  track!: number;

  @IsOptional()
  @IsInt()
  spearhead!: number | null;
}

export class StrategyChangeV1 {
  @IsOptional()
  @IsString()
  amendmentId?: string;

  @IsIn(AMENDMENT_KINDS)
  kind!: AmendmentKind;

  @Matches(THEME_CODE_PATTERN)
  themeCode!: string;

  @IsString()
  @MaxLength(2000)
  summary!: string;
}

/**
 * A strategy version was published: the complete list of themes (domains) with ambition and actions,
 * so every service can classify against it without asking the proposals service.
 */
export class StrategyVersionPublishedV1 {
  static readonly type = 'strategy.StrategyVersionPublished';
  static readonly version = 1;
  static readonly topic = Topics.strategyVersions;
  static readonly description = 'A version of the strategy was published, with all its themes and the changes against the previous version.';

  @Matches(STRATEGY_VERSION_PATTERN)
  version!: string;

  @IsOptional()
  @Matches(STRATEGY_VERSION_PATTERN)
  previousVersion!: string | null;

  @IsString()
  @MaxLength(300)
  title!: string;

  @IsISO8601({ strict: true })
  publishedAt!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => StrategyThemeV1)
  themes!: StrategyThemeV1[];

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => StrategyChangeV1)
  changes!: StrategyChangeV1[];
}
