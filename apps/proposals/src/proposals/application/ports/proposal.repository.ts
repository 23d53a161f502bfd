import type { Tx } from '@pb/persistence';
import type { Proposal } from '../../domain/proposal.aggregate';
import type { AnchoredParagraph } from '../../domain/proposal-text';

/** A consultation that opened or closed in a scheduler round: what its event needs. */
export interface ProposalTransition {
  id: string;
  theme: string;
  opensAt: Date;
  closesAt: Date;
  /** The proposal's version after the transition. */
  version: number;
}

/**
 * Persistence of proposals. Methods take the transaction (`tx`) so the proposal and its outbox rows
 * commit together (the handler owns the transaction).
 */
export abstract class ProposalRepository {
  abstract insert(tx: Tx, proposal: Proposal): Promise<void>;
  /** Loads with a row lock: the caller's transaction owns the proposal until it commits. */
  abstract findForUpdate(tx: Tx, id: string): Promise<Proposal | null>;
  /** Saves the changes; fails when the stored version is no longer `expectedVersion`. */
  abstract save(tx: Tx, proposal: Proposal, expectedVersion: number): Promise<void>;
  /** Keeps a text version that a correction replaced (responses may have answered it). */
  abstract keepTextVersion(tx: Tx, proposalId: string, text: { version: number; body: string; paragraphs: AnchoredParagraph[] }, replacedAt: Date): Promise<void>;
  /** Response ids among `ids` that were counted for this proposal. */
  abstract knownResponses(tx: Tx, proposalId: string, ids: string[]): Promise<Set<string>>;
  /** Counts a response for its proposal, once (a redelivered response is not counted again). */
  abstract countResponse(tx: Tx, response: { responseId: string; proposalId: string; countedAt: string }): Promise<void>;
  /**
   * Opens up to `limit` scheduled proposals whose opening time has come, and closes up to `limit`
   * open ones past their closing second. Each is a conditional bulk update on rows claimed with
   * `FOR UPDATE SKIP LOCKED`, so concurrent rounds (other replicas) never transition one twice.
   */
  abstract openDue(tx: Tx, now: Date, limit: number): Promise<ProposalTransition[]>;
  abstract closeDue(tx: Tx, now: Date, limit: number): Promise<ProposalTransition[]>;
}
