import type { Tx } from '@pb/persistence';

/**
 * The transaction a projection write runs in, as the projections need it: per-transaction batches
 * that are written once, just before the transaction commits. A consumer transaction holds many
 * events, and only its net effect is visible to others, so a report touched by ten events is read
 * and written once.
 *
 * There is no global lock (there was one until issue 14): projection transactions of the three
 * partitions, of two replicas, or of a replay beside a live group run side by side. Each locks only
 * the rows it changes (a report's fact, a proposal's, the figure rows in key order); a drill-down
 * "as of" a compile reads the ledger through the compile's snapshot, so rows that commit out of
 * position order are still exact (see figure-records.store.ts). A deadlock between two of them is
 * retried by the consumer host like any conflict.
 */
export abstract class ProjectionUnitOfWork {
  /**
   * This transaction's batch under `key`: made with `open` the first time, handed to `flush` before
   * the transaction commits (batches flush in the order they were first opened). Null when `tx` is
   * not a consumer's transaction (nobody would flush): the caller then writes at once.
   */
  abstract batch<T>(tx: Tx, key: string, open: () => T, flush?: (state: T) => Promise<void>): T | null;
}
