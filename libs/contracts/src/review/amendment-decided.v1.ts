import { IsIn, IsInt, IsISO8601, IsUUID } from 'class-validator';
import { Topics } from '../topics';

export const AMENDMENT_DECISIONS = ['accepted', 'declined'] as const;
export type AmendmentDecision = (typeof AMENDMENT_DECISIONS)[number];

/** A coordinator accepted or declined a proposed amendment (once). The reason, free text, stays in the review. */
export class AmendmentDecidedV1 {
  static readonly type = 'review.AmendmentDecided';
  static readonly version = 1;
  static readonly topic = Topics.amendments;
  static readonly description = 'A coordinator accepted or declined a proposed amendment (the reason stays in the review).';

  @IsUUID()
  amendmentId!: string;

  @IsInt()
  year!: number;

  @IsIn(AMENDMENT_DECISIONS)
  decision!: AmendmentDecision;

  @IsISO8601({ strict: true })
  decidedAt!: string;
}
