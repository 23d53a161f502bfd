import type { ErasedCounts } from '@pb/contracts';
import type { Tx } from '@pb/persistence';

export interface ErasureRequestRecord {
  id: string;
  requestedBy: string;
  requestedAt: Date;
  completedAt: Date | null;
}

export interface ErasureAnswerRecord {
  service: string;
  erased: ErasedCounts;
  answeredAt: Date;
}

/**
 * `erasure_requests` and the services' `erasure_answers` (port). Writes take the transaction's
 * Tx, so a request and its outbox row, or an answer and its inbox row, commit together.
 */
export abstract class ErasureRequests {
  abstract insert(tx: Tx, request: { id: string; subjectHash: string; requestedBy: string; requestedAt: Date }): Promise<void>;
  /** Locks the request until the transaction ends; false when it does not exist. */
  abstract lock(tx: Tx, id: string): Promise<boolean>;
  /** Records a service's answer; a repeated answer changes nothing (first one wins). */
  abstract recordAnswer(tx: Tx, id: string, answer: ErasureAnswerRecord): Promise<void>;
  /** Marks the request completed at the time of its last answer (once). */
  abstract complete(tx: Tx, id: string): Promise<void>;
  abstract answers(id: string, tx?: Tx): Promise<ErasureAnswerRecord[]>;
  abstract find(id: string): Promise<ErasureRequestRecord | null>;
  /** Most recent first, `limit` rows from `offset`. */
  abstract list(limit: number, offset: number): Promise<Omit<ErasureRequestRecord, 'requestedBy'>[]>;
}
