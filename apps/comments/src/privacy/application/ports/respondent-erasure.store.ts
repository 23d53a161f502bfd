import type { ErasedCounts } from '@pb/contracts';
import type { Tx } from '@pb/persistence';

/**
 * Where the comments service keeps a person's data, for erasure (AVG art. 17). Methods take the
 * transaction handle (Tx): the erasure, its inbox row and its ErasureCompleted outbox row
 * commit together.
 */
export abstract class RespondentErasureStore {
  /** Fills missing keyed hashes of respondents' and supporters' addresses; returns how many it filled. */
  abstract fillEmailHashes(manager: Tx, options?: { skipLocked?: boolean; shouldStop?: () => boolean }): Promise<number>;
  /**
   * Erases everyone whose address hashes to `subjectHash`: their unverified responses go, their
   * verified ones lose author, address, text and answers (the record and its counts stay), their
   * supports lose the address, their verification rows and mails go.
   */
  abstract eraseBySubjectHash(manager: Tx, subjectHash: string, now: Date): Promise<ErasedCounts>;
}
