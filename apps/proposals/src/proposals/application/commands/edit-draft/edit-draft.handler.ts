import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Transactions } from '@pb/persistence';
import { randomUUID } from 'node:crypto';
import { StrategyVersionRepository } from '../../../../strategy/application/ports/strategy-version.repository';
import { UnknownThemeError } from '../../../domain/proposal.errors';
import { questionsFrom } from '../../../domain/proposal-questions';
import { ProposalChanges } from '../../support/proposal-changes';
import { EditDraftCommand } from './edit-draft.command';

@CommandHandler(EditDraftCommand)
export class EditDraftHandler implements ICommandHandler<EditDraftCommand, void> {
  constructor(
    private readonly changes: ProposalChanges,
    private readonly transactions: Transactions,
    private readonly strategy: StrategyVersionRepository,
  ) {}

  async execute({ proposalId, input, coordinatorId }: EditDraftCommand): Promise<void> {
    // Classified under the strategy version current now, as when it was drafted.
    const current = await this.transactions.run((tx) => this.strategy.current(tx));
    if (!current || !current.themes.some((t) => t.code === input.theme)) throw new UnknownThemeError(input.theme, current?.version ?? '-');
    await this.changes.change(proposalId, coordinatorId, (proposal, now) => {
      proposal.editDraft(
        {
          title: input.title,
          summary: input.summary,
          body: input.body,
          theme: input.theme,
          strategyVersion: current.version,
          questions: questionsFrom(input.questions, proposal.snapshot().questions, randomUUID),
          documents: input.documents,
          opensAt: input.opensAt,
          closesAt: input.closesAt,
          moderation: input.moderation,
        },
        now,
      );
    });
  }
}
