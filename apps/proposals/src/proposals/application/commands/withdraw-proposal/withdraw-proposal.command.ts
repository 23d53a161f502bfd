import type { WithdrawalReason } from '../../../domain/proposal.aggregate';

/** A coordinator withdraws a published proposal, with a reason and an explanation for its page. */
export class WithdrawProposalCommand {
  constructor(
    readonly proposalId: string,
    readonly reason: WithdrawalReason,
    readonly explanation: string,
    readonly coordinatorId: string,
  ) {}
}
