import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@pb/kernel';
import { OutboxWriter } from '@pb/messaging';
import type { DataSource } from 'typeorm';
import { ProposalNotFoundError, UnknownResponsesError } from '../../../domain/proposal.errors';
import { ProposalStore } from '../../../infrastructure/proposal.store';
import { toIntegrationEvents } from '../../proposal-events.mapper';
import { PublishReportCommand } from './publish-report.command';

@CommandHandler(PublishReportCommand)
export class PublishReportHandler implements ICommandHandler<PublishReportCommand, void> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly proposals: ProposalStore,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async execute({ proposalId, summary, answers, coordinatorId }: PublishReportCommand): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const proposal = await this.proposals.findForUpdate(manager, proposalId);
      if (!proposal) throw new ProposalNotFoundError();
      // The report may only link responses that were counted for this very proposal.
      const ids = [...new Set(answers.flatMap((a) => a.responseIds))];
      const known = await this.proposals.knownResponses(manager, proposalId, ids);
      const unknown = ids.filter((id) => !known.has(id));
      if (unknown.length) throw new UnknownResponsesError(unknown);
      const before = proposal.version;
      proposal.answer(summary, answers, this.clock.now());
      await this.proposals.update(manager, proposal, before);
      await this.outbox.append(manager, toIntegrationEvents(proposal, proposal.pullEvents(), { role: 'coordinator', id: coordinatorId }));
    });
  }
}
