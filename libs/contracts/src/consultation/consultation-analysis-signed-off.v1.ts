import { Type } from 'class-transformer';
import { IsArray, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { Topics } from '../topics';

export const ANALYSIS_LABEL_SOURCES = ['coordinator', 'terms'] as const;

export class AnalysedThemeV1 {
  /** The theme's id within the analysis (`t1`, `t2`, …). */
  @Matches(/^t\d{1,4}$/)
  themeId!: string;

  /**
   * The coordinator's label. Null when the coordinator kept the label made of the theme's most
   * distinguishing words: those are the respondents' own words and stay in the comments service.
   */
  @IsOptional()
  @IsString()
  @MaxLength(120)
  label!: string | null;

  @IsIn(ANALYSIS_LABEL_SOURCES)
  labelSource!: (typeof ANALYSIS_LABEL_SOURCES)[number];

  @IsInt()
  @Min(1)
  size!: number;

  /** The responses in the theme (their ids only: no text of a respondent leaves the service). */
  @IsArray()
  @IsUUID('all', { each: true })
  responseIds!: string[];
}

export class QuestionStanceCountsV1 {
  /** A question of the proposal, or `body` for the response's main text. */
  @IsString()
  @MaxLength(100)
  questionId!: string;

  @IsInt() @Min(0) for!: number;
  @IsInt() @Min(0) against!: number;
  @IsInt() @Min(0) mixed!: number;
  @IsInt() @Min(0) unclear!: number;
}

/**
 * A coordinator reviewed an analysis of a proposal's responses and signed it off: from now on its
 * themes may be shown and feed the consultation report. Carries the themes with their sizes and
 * response ids and the stance counts per question; no text a respondent typed.
 */
export class ConsultationAnalysisSignedOffV1 {
  static readonly type = 'consultation.ConsultationAnalysisSignedOff';
  static readonly version = 1;
  static readonly topic = Topics.comments;
  static readonly description = 'A coordinator signed off the reviewed analysis (themes and stances) of a proposal’s responses.';

  @IsUUID()
  analysisId!: string;

  @IsUUID()
  proposalId!: string;

  /** How many confirmed responses were analysed. */
  @IsInt()
  @Min(0)
  responses!: number;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => AnalysedThemeV1)
  themes!: AnalysedThemeV1[];

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => QuestionStanceCountsV1)
  stances!: QuestionStanceCountsV1[];

  /** How many reviewing changes the coordinator made before signing off (the revision log). */
  @IsInt()
  @Min(0)
  revisions!: number;

  @IsISO8601({ strict: true })
  signedOffAt!: string;
}
