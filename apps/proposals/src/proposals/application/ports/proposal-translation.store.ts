import type { Tx } from '@pb/persistence';
import type { ProposalTranslation } from '../../domain/proposal-translation';

/**
 * The translations of proposals, one per proposal and language, beside the proposal (not in its
 * aggregate: a translation has no lifecycle; see proposal-translation.ts).
 */
export abstract class ProposalTranslationStore {
  /** Enters or replaces the translation into `t.lang`, in the caller's transaction (its event commits with it). */
  abstract save(tx: Tx, proposalId: string, t: ProposalTranslation): Promise<void>;
}
