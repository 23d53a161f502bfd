import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@pb/kernel';
import { translate } from '../../../domain/proposal-translation';
import { ProposalNotFoundError } from '../../../domain/proposal.errors';
import { ProposalReadModel } from '../../ports/proposal.read-model';
import { ProposalTranslationStore } from '../../ports/proposal-translation.store';
import { TranslateProposalCommand } from './translate-proposal.command';

/**
 * Stores a translation after checking it against the proposal. No lock and no outbox: the
 * translation changes no state of the proposal's lifecycle and nothing another service keeps, so
 * the last of two coordinators saving at once simply wins (as with any page edit).
 */
@CommandHandler(TranslateProposalCommand)
export class TranslateProposalHandler implements ICommandHandler<TranslateProposalCommand, void> {
  constructor(
    private readonly proposals: ProposalReadModel,
    private readonly translations: ProposalTranslationStore,
    private readonly clock: Clock,
  ) {}

  async execute({ proposalId, translation, coordinatorId }: TranslateProposalCommand): Promise<void> {
    const proposal = await this.proposals.get(proposalId);
    if (!proposal) throw new ProposalNotFoundError();
    await this.translations.save(proposalId, translate(proposal, translation, coordinatorId, this.clock.now()));
  }
}
