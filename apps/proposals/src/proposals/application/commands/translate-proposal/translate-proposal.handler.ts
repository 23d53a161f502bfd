import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ProposalTranslatedV1 } from '@pb/contracts';
import { Clock } from '@pb/kernel';
import { createEvent, OutboxWriter } from '@pb/messaging';
import { Transactions } from '@pb/persistence';
import { translate } from '../../../domain/proposal-translation';
import { ProposalNotFoundError } from '../../../domain/proposal.errors';
import { ProposalRepository } from '../../ports/proposal.repository';
import { ProposalTranslationStore } from '../../ports/proposal-translation.store';
import { TranslateProposalCommand } from './translate-proposal.command';

/**
 * Stores a translation after checking it against the proposal, and announces its title
 * (ProposalTranslated v1) in the same transaction: the comments service names the proposal by it
 * in mails to respondents who wrote in English. The proposal's row lock orders the save after a
 * withdrawal being committed (no translation of a withdrawn proposal) and keeps two saves' events
 * in the order of their `translatedAt`; the proposal itself does not change (its version stays).
 */
@CommandHandler(TranslateProposalCommand)
export class TranslateProposalHandler implements ICommandHandler<TranslateProposalCommand, void> {
  constructor(
    private readonly transactions: Transactions,
    private readonly proposals: ProposalRepository,
    private readonly translations: ProposalTranslationStore,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async execute({ proposalId, translation, coordinatorId }: TranslateProposalCommand): Promise<void> {
    await this.transactions.run(async (tx) => {
      const proposal = await this.proposals.findForUpdate(tx, proposalId);
      if (!proposal) throw new ProposalNotFoundError();
      const s = proposal.snapshot();
      const t = translate(s, translation, coordinatorId, this.clock.now());
      await this.translations.save(tx, proposalId, t);
      await this.outbox.append(tx, [
        createEvent(
          ProposalTranslatedV1,
          { proposalId, lang: t.lang, title: t.title, translatedAt: t.translatedAt.toISOString() },
          { aggregateId: proposalId, aggregateVersion: s.version, actor: { role: 'coordinator', id: coordinatorId }, occurredAt: t.translatedAt },
        ),
      ]);
    });
  }
}
