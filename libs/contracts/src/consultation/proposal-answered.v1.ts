import { Type } from 'class-transformer';
import { IsArray, IsISO8601, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Topics } from '../topics';
import { THEME_CODE_PATTERN } from '../strategy/vocabulary';

export class ReportAnswerV1 {
  /** The theme raised in the responses, in the coordinator's words. */
  @IsString()
  @MaxLength(300)
  topic!: string;

  @IsArray()
  @IsUUID('all', { each: true })
  responseIds!: string[];
}

/** The coordinator published the consultation report: the proposal is `answered`. */
export class ProposalAnsweredV1 {
  static readonly type = 'consultation.ProposalAnswered';
  static readonly version = 1;
  static readonly topic = Topics.proposals;
  static readonly description = 'The consultation report of a proposal was published, linked to the responses it answers.';

  @IsUUID()
  proposalId!: string;

  @Matches(THEME_CODE_PATTERN)
  theme!: string;

  @IsString()
  @MaxLength(300)
  title!: string;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ReportAnswerV1)
  answers!: ReportAnswerV1[];

  /** Every response the report answers (the union of `answers[].responseIds`). */
  @IsArray()
  @IsUUID('all', { each: true })
  responseIds!: string[];

  @IsISO8601({ strict: true })
  answeredAt!: string;
}
