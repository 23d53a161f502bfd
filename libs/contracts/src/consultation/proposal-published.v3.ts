import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsISO8601, IsString, IsUUID, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { Topics } from '../topics';
import { ProposalParagraphV1, ProposalQuestionV2 } from './proposal-events.shared';
import { THEME_CODE_PATTERN } from '../strategy/vocabulary';
import { MODERATION_MODES, ModerationMode } from './vocabulary';

/**
 * Version 3: version 2 (the first text version and its paragraph anchors, issue 11 item 2) with
 * questions of a kind (issue 11 item 6): text, single or multiple choice, a 1–5 scale, and a choice
 * question's options, so the comments service can check an answer on its own. Two branches each
 * made a "version 2" of this event at the same time; this one carries both.
 *
 * A proposal was published: public from now on, open for responses between `opensAt` and
 * `closesAt` (inclusive). Carries everything the comments service needs to decide on its own
 * whether a response may come in.
 */
export class ProposalPublishedV3 {
  static readonly type = 'consultation.ProposalPublished';
  static readonly version = 3;
  static readonly topic = Topics.proposals;
  static readonly description = 'A proposal was published (scheduled): its consultation window, questions (with their kind and options), moderation mode, and the anchors of its first text version.';

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

  @IsInt()
  @Min(1)
  textVersion!: number;

  @IsArray()
  @ArrayMaxSize(10000)
  @ValidateNested({ each: true })
  @Type(() => ProposalParagraphV1)
  paragraphs!: ProposalParagraphV1[];
}
