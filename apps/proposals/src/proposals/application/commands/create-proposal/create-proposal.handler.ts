import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Transactions } from '@pb/persistence';
import { Clock } from '@pb/kernel';
import { OutboxWriter } from '@pb/messaging';
import { randomUUID } from 'node:crypto';
import { questionsFrom } from '../../../domain/proposal-questions';
import { StrategyVersionRepository } from '../../../../strategy/application/ports/strategy-version.repository';
import { Proposal } from '../../../domain/proposal.aggregate';
import { UnknownThemeError } from '../../../domain/proposal.errors';
import { ProposalRepository } from '../../ports/proposal.repository';
import { toIntegrationEvents } from '../../support/proposal-events.mapper';
import { CreateProposalCommand } from './create-proposal.command';

@CommandHandler(CreateProposalCommand)
export class CreateProposalHandler implements ICommandHandler<CreateProposalCommand, string> {
  constructor(
    private readonly transactions: Transactions,
    private readonly proposals: ProposalRepository,
    private readonly strategy: StrategyVersionRepository,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async execute({ input, coordinatorId }: CreateProposalCommand): Promise<string> {
    return this.transactions.run(async (tx) => {
      // A proposal is classified under a theme of the strategy version current when it is drafted.
      const current = await this.strategy.current(tx);
      if (!current || !current.themes.some((t) => t.code === input.theme)) throw new UnknownThemeError(input.theme, current?.version ?? '-');
      const proposal = Proposal.draft({
        id: randomUUID(),
        title: input.title,
        summary: input.summary,
        body: input.body,
        theme: input.theme,
        strategyVersion: current.version,
        questions: questionsFrom(input.questions, [], randomUUID),
        documents: input.documents,
        opensAt: input.opensAt,
        closesAt: input.closesAt,
        moderation: input.moderation,
        createdBy: coordinatorId,
        createdAt: this.clock.now(),
      });
      await this.proposals.insert(tx, proposal);
      await this.outbox.append(tx, toIntegrationEvents(proposal, proposal.pullEvents(), { role: 'coordinator', id: coordinatorId }));
      return proposal.snapshot().id;
    });
  }
}
