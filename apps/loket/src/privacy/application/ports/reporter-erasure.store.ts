import type { ErasedCounts } from '@pb/contracts';
import type { Tx } from '@pb/persistence';

/**
 * Where the loket keeps a person's data, for erasure (AVG art. 17). Methods take the transaction's
 * Tx: the erasure, its inbox row and its ErasureCompleted outbox row commit together.
 */
export abstract class ReporterErasureStore {
  /** Fills missing keyed hashes of reporters' addresses; returns how many it filled. */
  abstract fillEmailHashes(manager: Tx, options?: { skipLocked?: boolean; shouldStop?: () => boolean }): Promise<number>;
  /**
   * Erases every reporter whose address hashes to `subjectHash`: their contact row, their own
   * messages, their mails and their reports' tracking links; the reports themselves stay.
   */
  abstract eraseBySubjectHash(manager: Tx, subjectHash: string): Promise<ErasedCounts>;
}
