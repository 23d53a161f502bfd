import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ProposalChanges } from '../../support/proposal-changes';
import { ExtendClosingCommand } from './extend-closing.command';

/** The respondents are told by the comments service, which knows them (ProposalClosingExtended). */
@CommandHandler(ExtendClosingCommand)
export class ExtendClosingHandler implements ICommandHandler<ExtendClosingCommand, void> {
  constructor(private readonly changes: ProposalChanges) {}

  async execute({ proposalId, closesAt, coordinatorId }: ExtendClosingCommand): Promise<void> {
    await this.changes.change(proposalId, coordinatorId, (proposal, now) => proposal.extendClosing(closesAt, now));
  }
}
