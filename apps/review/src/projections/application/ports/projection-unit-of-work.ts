import type { EntityManager } from 'typeorm';

/**
 * The transaction a projection write runs in, as the projections need it: one lock that makes
 * projection writes commit one at a time, and per-transaction batches that are written once, just
 * before the transaction commits.
 *
 * Why the lock: the ledger's positions then commit in order (a drill-down "as of" a position is
 * exact), and two consumers (replicas, or a replay beside a live group) can neither deadlock on hot
 * counters nor miss each other's rows. Why the batches: a consumer transaction holds many events, and
 * only its net effect is visible to others, so a report touched by ten events is read and written once.
 */
export abstract class ProjectionUnitOfWork {
  /** Takes the projections' lock; the first call in a transaction waits for it, later calls are free. Call it before touching any row. */
  abstract lock(tx: EntityManager): Promise<void>;

  /**
   * This transaction's batch under `key`: made with `open` the first time, handed to `flush` before
   * the transaction commits (batches flush in the order they were first opened). Null when `tx` is
   * not a consumer's transaction (nobody would flush): the caller then writes at once.
   */
  abstract batch<T>(tx: EntityManager, key: string, open: () => T, flush?: (state: T) => Promise<void>): T | null;
}
