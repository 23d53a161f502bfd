import { IsIn, IsISO8601, IsOptional, IsUUID } from 'class-validator';
import { Topics } from '../topics';
import { MODERATION_DECISIONS, MODERATION_REASONS, ModerationDecision, ModerationReason } from './vocabulary';

/** A moderator published or rejected (hid) a response. A hidden response stays in the record. */
export class ResponseModeratedV1 {
  static readonly type = 'consultation.ResponseModerated';
  static readonly version = 1;
  static readonly topic = Topics.comments;
  static readonly description = 'A moderator published or rejected a response, with a reason from the list.';

  @IsUUID()
  responseId!: string;

  @IsUUID()
  proposalId!: string;

  @IsIn(MODERATION_DECISIONS)
  decision!: ModerationDecision;

  @IsOptional()
  @IsIn(MODERATION_REASONS)
  reason!: ModerationReason | null;

  @IsISO8601({ strict: true })
  moderatedAt!: string;
}
