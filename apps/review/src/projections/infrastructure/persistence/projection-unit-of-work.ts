import { Injectable } from '@nestjs/common';
import { deferUntilCommit } from '@pb/messaging';
import type { EntityManager } from 'typeorm';
import { ReviewLocks } from '../../../advisory-locks';
import { ProjectionUnitOfWork } from '../../application/ports/projection-unit-of-work';

/**
 * The projections' unit of work on PostgreSQL: the lock is a transaction-scoped advisory lock, the
 * batches are messaging's deferred writes, which the consumer host flushes inside its transaction
 * after the last event of a batch (outside a consumer's transaction there are none).
 */
@Injectable()
export class ConsumerTransactionUnitOfWork extends ProjectionUnitOfWork {
  /** Transactions that hold the lock already: a second `pg_advisory_xact_lock` would be a wasted round trip. */
  private readonly locked = new WeakSet<EntityManager>();

  async lock(tx: EntityManager): Promise<void> {
    if (this.locked.has(tx)) return;
    await tx.query(`SELECT pg_advisory_xact_lock($1, 0)`, [ReviewLocks.projections]);
    this.locked.add(tx);
  }

  batch<T>(tx: EntityManager, key: string, open: () => T, flush: (state: T) => Promise<void> = async () => undefined): T | null {
    return deferUntilCommit(tx, key, open, flush);
  }
}
