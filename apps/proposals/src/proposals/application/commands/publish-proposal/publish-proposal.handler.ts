import { CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Transactions } from '@pb/persistence';
import { Clock } from '@pb/kernel';
import { OutboxWriter } from '@pb/messaging';
import { ProposalNotFoundError } from '../../../domain/proposal.errors';
import { ProposalRepository } from '../../ports/proposal.repository';
import { toIntegrationEvents } from '../../support/proposal-events.mapper';
import { AdvanceScheduleCommand } from '../advance-schedule/advance-schedule.command';
import { PublishProposalCommand } from './publish-proposal.command';

@CommandHandler(PublishProposalCommand)
export class PublishProposalHandler implements ICommandHandler<PublishProposalCommand, void> {
  constructor(
    private readonly transactions: Transactions,
    private readonly proposals: ProposalRepository,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
    private readonly commands: CommandBus,
  ) {}

  async execute({ proposalId, coordinatorId }: PublishProposalCommand): Promise<void> {
    await this.transactions.run(async (tx) => {
      const proposal = await this.proposals.findForUpdate(tx, proposalId);
      if (!proposal) throw new ProposalNotFoundError();
      const before = proposal.version;
      proposal.publish(this.clock.now());
      await this.proposals.save(tx, proposal, before);
      await this.outbox.append(tx, toIntegrationEvents(proposal, proposal.pullEvents(), { role: 'coordinator', id: coordinatorId }));
    });
    // A proposal whose opening time has come opens now rather than at the next scheduler round.
    await this.commands.execute(new AdvanceScheduleCommand());
  }
}
