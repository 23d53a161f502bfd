import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsISO8601, IsUUID, Matches, Min, ValidateNested } from 'class-validator';
import { Topics } from '../topics';
import { ProposalParagraphV1 } from './proposal-events.shared';
import { THEME_CODE_PATTERN } from '../strategy/vocabulary';

/**
 * A published proposal's text was corrected: a new text version. Responses keep the version they
 * answered; `paragraphs` says per anchor in which version its text last changed (an anchor whose
 * `since` is this version was edited or added now; anchors missing from the list were removed).
 */
export class ProposalTextCorrectedV1 {
  static readonly type = 'consultation.ProposalTextCorrected';
  static readonly version = 1;
  static readonly topic = Topics.proposals;
  static readonly description = 'The text of a published proposal was corrected: the new text version and its paragraph anchors.';

  @IsUUID()
  proposalId!: string;

  @Matches(THEME_CODE_PATTERN)
  theme!: string;

  @IsInt()
  @Min(2)
  textVersion!: number;

  @IsArray()
  @ArrayMaxSize(10000)
  @ValidateNested({ each: true })
  @Type(() => ProposalParagraphV1)
  paragraphs!: ProposalParagraphV1[];

  @IsISO8601({ strict: true })
  correctedAt!: string;
}
