import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Transactions } from '@pb/persistence';
import { Clock } from '@pb/kernel';
import { OutboxWriter } from '@pb/messaging';
import { ProposalNotFoundError, UnknownResponsesError } from '../../../domain/proposal.errors';
import { ProposalRepository } from '../../ports/proposal.repository';
import { toIntegrationEvents } from '../../support/proposal-events.mapper';
import { PublishReportCommand } from './publish-report.command';

@CommandHandler(PublishReportCommand)
export class PublishReportHandler implements ICommandHandler<PublishReportCommand, void> {
  constructor(
    private readonly transactions: Transactions,
    private readonly proposals: ProposalRepository,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async execute({ proposalId, summary, answers, coordinatorId }: PublishReportCommand): Promise<void> {
    await this.transactions.run(async (tx) => {
      const proposal = await this.proposals.findForUpdate(tx, proposalId);
      if (!proposal) throw new ProposalNotFoundError();
      // The report may only link responses that were counted for this very proposal.
      const ids = [...new Set(answers.flatMap((a) => a.responseIds))];
      const known = await this.proposals.knownResponses(tx, proposalId, ids);
      const unknown = ids.filter((id) => !known.has(id));
      if (unknown.length) throw new UnknownResponsesError(unknown);
      const before = proposal.version;
      proposal.answer(summary, answers, this.clock.now());
      await this.proposals.save(tx, proposal, before);
      await this.outbox.append(tx, toIntegrationEvents(proposal, proposal.pullEvents(), { role: 'coordinator', id: coordinatorId }));
    });
  }
}
