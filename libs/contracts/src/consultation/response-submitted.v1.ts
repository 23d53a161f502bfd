import { IsArray, IsBoolean, IsIn, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { Topics } from '../topics';
import { THEME_CODE_PATTERN } from '../strategy/vocabulary';
import { RESPONSE_STATUSES, ResponseStatus } from './vocabulary';

/** The fields every version of ResponseSubmitted carries. */
export class ResponseSubmittedBase {
  @IsUUID()
  responseId!: string;

  @IsUUID()
  proposalId!: string;

  @Matches(THEME_CODE_PATTERN)
  theme!: string;

  @IsString()
  @MaxLength(100)
  respondentId!: string;

  /** Sent on behalf of an organisation (the organisation's name stays in the comments service). */
  @IsBoolean()
  onBehalfOfOrganisation!: boolean;

  @IsBoolean()
  public!: boolean;

  @IsOptional()
  @IsUUID()
  parentId!: string | null;

  @IsArray()
  @IsUUID('all', { each: true })
  answeredQuestionIds!: string[];

  /** `pending-moderation` (pre-moderation) or `published` (post-moderation). */
  @IsIn(RESPONSE_STATUSES)
  status!: ResponseStatus;

  @IsISO8601({ strict: true })
  submittedAt!: string;

  @IsISO8601({ strict: true })
  verifiedAt!: string;
}

/**
 * A response counts: its author verified the e-mail address. No personal data: `respondentId` is a
 * pseudonym derived per e-mail address (keyed hash), the same for every response of one address,
 * so distinct respondents can be counted without knowing who they are.
 */
export class ResponseSubmittedV1 extends ResponseSubmittedBase {
  static readonly type = 'consultation.ResponseSubmitted';
  static readonly version = 1;
  static readonly topic = Topics.comments;
  static readonly description = 'A consultation response counts (its e-mail address was verified); pseudonymous respondent id only.';
}
