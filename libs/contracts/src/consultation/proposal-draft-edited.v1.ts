import { Type } from 'class-transformer';
import { IsArray, IsIn, IsISO8601, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Topics } from '../topics';
import { ProposalQuestionV1 } from './proposal-events.shared';
import { THEME_CODE_PATTERN } from '../strategy/vocabulary';
import { MODERATION_MODES, ModerationMode } from './vocabulary';

/** A coordinator changed a draft (still not public): the draft as it is now. */
export class ProposalDraftEditedV1 {
  static readonly type = 'consultation.ProposalDraftEdited';
  static readonly version = 1;
  static readonly topic = Topics.proposals;
  static readonly description = 'A coordinator edited a draft proposal (not public yet): title, theme, window, questions and moderation as they are now.';

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
  editedAt!: string;
}
