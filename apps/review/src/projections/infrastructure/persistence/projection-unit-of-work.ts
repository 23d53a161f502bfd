import { Injectable } from '@nestjs/common';
import { deferUntilCommit } from '@pb/messaging';
import type { EntityManager } from 'typeorm';
import { ProjectionUnitOfWork } from '../../application/ports/projection-unit-of-work';

/**
 * The projections' unit of work on PostgreSQL: the batches are messaging's deferred writes, which
 * the consumer host flushes inside its transaction after the last event of a batch (outside a
 * consumer's transaction there are none).
 */
@Injectable()
export class ConsumerTransactionUnitOfWork extends ProjectionUnitOfWork {
  batch<T>(tx: EntityManager, key: string, open: () => T, flush: (state: T) => Promise<void> = async () => undefined): T | null {
    return deferUntilCommit(tx, key, open, flush);
  }
}
