import { Type } from 'class-transformer';
import { IsArray, IsIn, IsISO8601, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Topics } from '../topics';
import { THEME_CODE_PATTERN } from '../strategy/strategy-version-published.v1';
import { MODERATION_MODES, ModerationMode, ProposalQuestionV2 } from './proposal-events.shared';

/**
 * Version 2 (issue 11 item 6): each question carries its kind (text, single or multiple choice, a
 * 1–5 scale) and a choice question its options, so the comments service can check an answer on its
 * own. Otherwise as version 1.
 *
 * A proposal was published: public from now on, open for responses between `opensAt` and
 * `closesAt` (inclusive). Carries everything the comments service needs to decide on its own
 * whether a response may come in.
 */
export class ProposalPublishedV2 {
  static readonly type = 'consultation.ProposalPublished';
  static readonly version = 2;
  static readonly topic = Topics.proposals;
  static readonly description = 'A proposal was published (scheduled): its consultation window, questions (with their kind and options) and moderation mode.';

  @IsUUID()
  proposalId!: string;

  @IsString()
  @MaxLength(300)
  title!: string;

  @Matches(THEME_CODE_PATTERN)
  theme!: string;

  @IsString()
  strategyVersion!: string;

  @IsIn(MODERATION_MODES)
  moderation!: ModerationMode;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ProposalQuestionV2)
  questions!: ProposalQuestionV2[];

  @IsISO8601({ strict: true })
  opensAt!: string;

  @IsISO8601({ strict: true })
  closesAt!: string;

  @IsISO8601({ strict: true })
  publishedAt!: string;
}
