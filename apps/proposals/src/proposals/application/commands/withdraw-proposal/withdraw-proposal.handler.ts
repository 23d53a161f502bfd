import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ProposalChanges } from '../../support/proposal-changes';
import { WithdrawProposalCommand } from './withdraw-proposal.command';

@CommandHandler(WithdrawProposalCommand)
export class WithdrawProposalHandler implements ICommandHandler<WithdrawProposalCommand, void> {
  constructor(private readonly changes: ProposalChanges) {}

  async execute({ proposalId, reason, explanation, coordinatorId }: WithdrawProposalCommand): Promise<void> {
    await this.changes.change(proposalId, coordinatorId, (proposal, now) => proposal.withdraw(reason, explanation, now));
  }
}
