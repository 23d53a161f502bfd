import { IsISO8601, IsUUID, Matches } from 'class-validator';
import { Topics } from '../topics';
import { THEME_CODE_PATTERN } from '../strategy/vocabulary';

/** The scheduler closed the consultation of a proposal (exactly once). */
export class ProposalClosedV1 {
  static readonly type = 'consultation.ProposalClosed';
  static readonly version = 1;
  static readonly topic = Topics.proposals;
  static readonly description = 'The consultation of a proposal closed (after its closing time).';

  @IsUUID()
  proposalId!: string;

  @Matches(THEME_CODE_PATTERN)
  theme!: string;

  @IsISO8601({ strict: true })
  closesAt!: string;

  @IsISO8601({ strict: true })
  closedAt!: string;
}
