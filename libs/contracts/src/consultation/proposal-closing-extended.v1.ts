import { IsISO8601, IsUUID, Matches } from 'class-validator';
import { Topics } from '../topics';
import { THEME_CODE_PATTERN } from '../strategy/vocabulary';

/** The closing time of a scheduled or open consultation was moved later (respondents are told). */
export class ProposalClosingExtendedV1 {
  static readonly type = 'consultation.ProposalClosingExtended';
  static readonly version = 1;
  static readonly topic = Topics.proposals;
  static readonly description = 'The closing time of a scheduled or open consultation was extended.';

  @IsUUID()
  proposalId!: string;

  @Matches(THEME_CODE_PATTERN)
  theme!: string;

  @IsISO8601({ strict: true })
  previousClosesAt!: string;

  @IsISO8601({ strict: true })
  closesAt!: string;

  @IsISO8601({ strict: true })
  extendedAt!: string;
}
