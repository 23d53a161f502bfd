import type { ProposalTranslation } from '../../domain/proposal-translation';

/**
 * The translations of proposals, one per proposal and language, beside the proposal (not in its
 * aggregate: a translation has no lifecycle and no event; see proposal-translation.ts).
 */
export abstract class ProposalTranslationStore {
  /** Enters or replaces the translation into `t.lang`. */
  abstract save(proposalId: string, t: ProposalTranslation): Promise<void>;
}
