import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@pb/kernel';
import { OutboxWriter } from '@pb/messaging';
import type { DataSource } from 'typeorm';
import { ProposalNotFoundError } from '../../../domain/proposal.errors';
import { ProposalStore } from '../../../infrastructure/proposal.store';
import { toIntegrationEvents } from '../../proposal-events.mapper';
import { ProposalScheduler } from '../../scheduler/proposal.scheduler';
import { PublishProposalCommand } from './publish-proposal.command';

@CommandHandler(PublishProposalCommand)
export class PublishProposalHandler implements ICommandHandler<PublishProposalCommand, void> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly proposals: ProposalStore,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
    private readonly scheduler: ProposalScheduler,
  ) {}

  async execute({ proposalId, coordinatorId }: PublishProposalCommand): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const proposal = await this.proposals.findForUpdate(manager, proposalId);
      if (!proposal) throw new ProposalNotFoundError();
      const before = proposal.version;
      proposal.publish(this.clock.now());
      await this.proposals.update(manager, proposal, before);
      await this.outbox.append(manager, toIntegrationEvents(proposal, proposal.pullEvents(), { role: 'coordinator', id: coordinatorId }));
    });
    // A proposal whose opening time has come opens now rather than at the next scheduler round.
    await this.scheduler.tick();
  }
}
