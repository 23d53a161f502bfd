import { IsIn, IsISO8601, IsUUID, Matches } from 'class-validator';
import { Topics } from '../topics';
import { WITHDRAWAL_REASONS, WithdrawalReason } from './proposal-events.shared';
import { THEME_CODE_PATTERN } from '../strategy/vocabulary';

/**
 * A coordinator withdrew a published proposal: no more responses. The reason is a code; the
 * coordinator's explanation (free text) stays in the proposals service and is shown on its page.
 */
export class ProposalWithdrawnV1 {
  static readonly type = 'consultation.ProposalWithdrawn';
  static readonly version = 1;
  static readonly topic = Topics.proposals;
  static readonly description = 'A coordinator withdrew a published proposal (reason as a code); responding stops.';

  @IsUUID()
  proposalId!: string;

  @Matches(THEME_CODE_PATTERN)
  theme!: string;

  @IsIn(WITHDRAWAL_REASONS)
  reason!: WithdrawalReason;

  @IsISO8601({ strict: true })
  withdrawnAt!: string;
}
