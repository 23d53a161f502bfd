import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@pb/kernel';
import { OutboxWriter } from '@pb/messaging';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { StrategyVersionStore } from '../../../../strategy/infrastructure/strategy-version.store';
import { Proposal } from '../../../domain/proposal.aggregate';
import { UnknownThemeError } from '../../../domain/proposal.errors';
import { ProposalStore } from '../../../infrastructure/proposal.store';
import { toIntegrationEvents } from '../../proposal-events.mapper';
import { CreateProposalCommand } from './create-proposal.command';

@CommandHandler(CreateProposalCommand)
export class CreateProposalHandler implements ICommandHandler<CreateProposalCommand, string> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly proposals: ProposalStore,
    private readonly strategy: StrategyVersionStore,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async execute({ input, coordinatorId }: CreateProposalCommand): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      // A proposal is classified under a theme of the strategy version current when it is drafted.
      const current = await this.strategy.current(manager);
      if (!current || !current.themes.some((t) => t.code === input.theme)) throw new UnknownThemeError(input.theme, current?.version ?? '-');
      const proposal = Proposal.draft({
        id: randomUUID(),
        title: input.title,
        summary: input.summary,
        body: input.body,
        theme: input.theme,
        strategyVersion: current.version,
        questions: input.questions.map((q) => ({ id: randomUUID(), text: q.text })),
        documents: input.documents,
        opensAt: input.opensAt,
        closesAt: input.closesAt,
        moderation: input.moderation,
        createdBy: coordinatorId,
        createdAt: this.clock.now(),
      });
      await this.proposals.insert(manager, proposal);
      await this.outbox.append(manager, toIntegrationEvents(proposal, proposal.pullEvents(), { role: 'coordinator', id: coordinatorId }));
      return proposal.snapshot().id;
    });
  }
}
