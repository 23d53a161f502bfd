import type { Tx } from '@pb/persistence';
import type { ConsultationResponse } from '../../domain/consultation-response.aggregate';

/**
 * Persistence of responses. Methods take the transaction handle (Tx) so the response, its
 * verification, its outbox rows and its mails commit together (the handler owns the transaction).
 */
export abstract class ResponseRepository {
  /**
   * Any number of unverified responses from one address may wait side by side: the
   * one-per-address index counts only verified responses (see migration 1763900000410).
   */
  abstract insert(manager: Tx, response: ConsultationResponse): Promise<void>;
  /** With `lock`, the row stays locked until the transaction ends (no lost updates). */
  abstract find(manager: Tx, id: string, options?: { lock?: boolean }): Promise<ConsultationResponse | null>;
  /**
   * Stores a change of a response loaded in this transaction. A second verified response of one
   * address to one proposal is refused with AlreadyRespondedError (the unique index decides a race
   * between two confirmations).
   */
  abstract save(manager: Tx, response: ConsultationResponse): Promise<void>;
  /** Whether this address already has a verified (counted) top-level response to the proposal, other than `except`. */
  abstract hasVerifiedResponse(manager: Tx, proposalId: string, emailNormalised: string, except?: string): Promise<boolean>;
}
