import { IsIn, IsISO8601, IsUUID } from 'class-validator';
import { Topics } from '../topics';

export const FLAG_REASONS = ['offensive', 'spam', 'personal-data', 'off-topic', 'other'] as const;
export type FlagReason = (typeof FLAG_REASONS)[number];

/** A reader flagged a response: it goes back to the moderation queue. */
export class ResponseFlaggedV1 {
  static readonly type = 'consultation.ResponseFlagged';
  static readonly version = 1;
  static readonly topic = Topics.comments;
  static readonly description = 'A reader flagged a response for moderation.';

  @IsUUID()
  responseId!: string;

  @IsUUID()
  proposalId!: string;

  @IsIn(FLAG_REASONS)
  reason!: FlagReason;

  @IsISO8601({ strict: true })
  flaggedAt!: string;
}
