import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AMENDMENT_KINDS } from '@pb/contracts';

/** The answers of the strategy API as OpenAPI schemas (what the controller's `view` returns). */

export class StrategyThemeEnglishDto {
  @ApiProperty()
  title!: string;

  @ApiPropertyOptional({ description: 'Absent when not translated, or when an amendment changed the Dutch since.' })
  ambition?: string;

  @ApiPropertyOptional({ type: [String], description: 'Absent when not translated, or when an amendment changed the Dutch since.' })
  actions?: string[];
}

export class EnglishTitleDto {
  @ApiProperty()
  title!: string;
}

export class StrategyThemeDto {
  @ApiProperty({ example: '1.3' })
  code!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  ambition!: string;

  @ApiProperty({ type: [String] })
  actions!: string[];

  @ApiProperty({ example: 1 })
  track!: number;

  @ApiProperty({ type: Number, nullable: true })
  spearhead!: number | null;

  @ApiPropertyOptional({ type: StrategyThemeEnglishDto, description: 'The English text where entered (issue 11 item 7); the Dutch is the text of record.' })
  en?: StrategyThemeEnglishDto;
}

export class StrategySpearheadDto {
  @ApiProperty()
  number!: number;

  @ApiProperty()
  title!: string;

  @ApiProperty({ type: [StrategyThemeDto] })
  themes!: StrategyThemeDto[];

  @ApiPropertyOptional({ type: EnglishTitleDto })
  en?: EnglishTitleDto;
}

/** A track as nested in the source: track 1 holds themes, track 2 spearheads with themes. */
export class StrategyTrackDto {
  @ApiProperty()
  number!: number;

  @ApiProperty()
  title!: string;

  @ApiPropertyOptional({ type: EnglishTitleDto })
  en?: EnglishTitleDto;

  @ApiPropertyOptional({ type: [StrategyThemeDto] })
  themes?: StrategyThemeDto[];

  @ApiPropertyOptional({ type: [StrategySpearheadDto] })
  spearheads?: StrategySpearheadDto[];
}

export class StrategyChangeDto {
  @ApiPropertyOptional({ format: 'uuid' })
  amendmentId?: string;

  @ApiProperty({ enum: AMENDMENT_KINDS })
  kind!: string;

  @ApiProperty()
  themeCode!: string;

  @ApiProperty()
  summary!: string;
}

export class TextChangeDto {
  @ApiProperty()
  from!: string;

  @ApiProperty()
  to!: string;
}

export class ActionsChangeDto {
  @ApiProperty({ type: [String] })
  added!: string[];

  @ApiProperty({ type: [String] })
  removed!: string[];
}

export class ThemeDiffDto {
  @ApiProperty()
  code!: string;

  @ApiProperty()
  title!: string;

  @ApiPropertyOptional({ type: TextChangeDto })
  title_changed?: TextChangeDto;

  @ApiPropertyOptional({ type: TextChangeDto })
  ambition?: TextChangeDto;

  @ApiProperty({ type: ActionsChangeDto })
  actions!: ActionsChangeDto;
}

export class StrategyDiffDto {
  @ApiProperty()
  from!: string;

  @ApiProperty()
  to!: string;

  @ApiProperty({ type: [StrategyThemeDto] })
  added!: StrategyThemeDto[];

  @ApiProperty({ type: [StrategyThemeDto] })
  removed!: StrategyThemeDto[];

  @ApiProperty({ type: [ThemeDiffDto] })
  changed!: ThemeDiffDto[];
}

export class StrategyVersionSummaryDto {
  @ApiProperty({ example: '2018.1' })
  version!: string;

  @ApiProperty({ type: String, nullable: true })
  previousVersion!: string | null;

  @ApiProperty()
  title!: string;

  @ApiProperty({ format: 'date-time' })
  publishedAt!: string;

  @ApiProperty({ type: [StrategyChangeDto] })
  changelog!: StrategyChangeDto[];
}

export class StrategyVersionDto extends StrategyVersionSummaryDto {
  @ApiProperty({ type: [StrategyTrackDto] })
  tracks!: StrategyTrackDto[];

  @ApiProperty({ type: [StrategyThemeDto] })
  themes!: StrategyThemeDto[];

  @ApiPropertyOptional({ type: StrategyDiffDto, description: 'With `?diff=`: what changed against that version.' })
  diff?: StrategyDiffDto;
}

export class StrategyVersionListDto {
  @ApiProperty({ type: [StrategyVersionSummaryDto] })
  items!: StrategyVersionSummaryDto[];

  @ApiProperty({ type: String, nullable: true, description: 'The next page (same filters, an opaque cursor), or null on the last page.' })
  next!: string | null;
}
