import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ProposalChanges } from '../../support/proposal-changes';
import { CorrectTextCommand } from './correct-text.command';

@CommandHandler(CorrectTextCommand)
export class CorrectTextHandler implements ICommandHandler<CorrectTextCommand, void> {
  constructor(private readonly changes: ProposalChanges) {}

  async execute({ proposalId, body, coordinatorId }: CorrectTextCommand): Promise<void> {
    await this.changes.change(proposalId, coordinatorId, (proposal, now) => proposal.correctText(body, now));
  }
}
