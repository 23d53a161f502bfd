import type { EntityManager } from 'typeorm';

export type IsolationLevel = 'READ COMMITTED' | 'REPEATABLE READ' | 'SERIALIZABLE';

/**
 * Runs work in one database transaction (port; abstract class = DI token). The EntityManager is only
 * the transaction handle the stores and the outbox writer take: use cases never query with it.
 */
export abstract class Transactions {
  abstract run<T>(work: (tx: EntityManager) => Promise<T>, isolation?: IsolationLevel): Promise<T>;
}
