import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Transactions } from '@pb/persistence';
import { randomUUID } from 'node:crypto';
import { StrategyVersionRepository } from '../../../../strategy/application/ports/strategy-version.repository';
import { UnknownThemeError } from '../../../domain/proposal.errors';
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
      // A question whose text is unchanged keeps its id; nobody has answered a draft, so the rest get new ones.
      const byText = new Map(proposal.snapshot().questions.map((q) => [q.text, q.id]));
      proposal.editDraft(
        {
          title: input.title,
          summary: input.summary,
          body: input.body,
          theme: input.theme,
          strategyVersion: current.version,
          questions: input.questions.map((q) => ({ id: byText.get(q.text) ?? randomUUID(), text: q.text })),
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
