import { Type } from 'class-transformer';
import { IsArray, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { Topics } from '../topics';
import { CitedRegulationV1 } from '../cited-regulation';
import { AMENDMENT_KINDS, AmendmentKind, THEME_CODE_PATTERN } from '../strategy/vocabulary';

export const AMENDMENT_EVIDENCE_TYPES = ['barrier-cluster', 'barrier-report', 'consultation', 'response'] as const;
export type AmendmentEvidenceType = (typeof AMENDMENT_EVIDENCE_TYPES)[number];

export class AmendmentEvidenceV1 {
  @IsIn(AMENDMENT_EVIDENCE_TYPES)
  type!: AmendmentEvidenceType;

  /** A report's reference or id, a proposal's or response's id. */
  @IsString()
  @MaxLength(100)
  id!: string;
}

/**
 * A coordinator proposed an amendment to a theme of the strategy in a year's review. Ids and codes
 * only: the amendment's text and summary stay in the review service (they are read there, at
 * /api/review/amendments), as free text typed by a person does everywhere.
 */
export class AmendmentProposedV1 {
  static readonly type = 'review.AmendmentProposed';
  static readonly version = 1;
  static readonly topic = Topics.amendments;
  static readonly description = 'A coordinator proposed an amendment to a strategy theme in a year’s review, on evidence (ids and codes only; the text stays in the review).';

  @IsUUID()
  amendmentId!: string;

  @IsInt()
  year!: number;

  @IsIn(AMENDMENT_KINDS)
  kind!: AmendmentKind;

  @Matches(THEME_CODE_PATTERN)
  themeCode!: string;

  @IsOptional()
  @IsInt()
  @Min(0)
  actionIndex?: number;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => AmendmentEvidenceV1)
  evidence!: AmendmentEvidenceV1[];

  /** The regulations it cites: those of its evidence reports and those its text names with an article. */
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CitedRegulationV1)
  citedRegulations!: CitedRegulationV1[];

  @IsISO8601({ strict: true })
  proposedAt!: string;
}
