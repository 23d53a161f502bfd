import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsISO8601, IsString, IsUUID, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { Topics } from '../topics';
import { ProposalParagraphV1, ProposalQuestionV1 } from './proposal-events.shared';
import { THEME_CODE_PATTERN } from '../strategy/vocabulary';
import { MODERATION_MODES, ModerationMode } from './vocabulary';

/**
 * v2 of ProposalPublished: v1 plus the first text version and its paragraph anchors, so a consumer
 * (the comments service) can check that a response points at a paragraph that exists.
 */
export class ProposalPublishedV2 {
  static readonly type = 'consultation.ProposalPublished';
  static readonly version = 2;
  static readonly topic = Topics.proposals;
  static readonly description = 'A proposal was published (scheduled): its consultation window, questions, moderation mode, and the anchors of its first text version.';

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
  @Type(() => ProposalQuestionV1)
  questions!: ProposalQuestionV1[];

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
