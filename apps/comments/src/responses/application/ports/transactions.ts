import type { EntityManager } from 'typeorm';

/**
 * Runs work in one database transaction (port; abstract class = DI token). The EntityManager is only
 * the transaction handle the stores, the outbox writer and the mail outbox take: use cases never
 * query with it.
 */
export abstract class Transactions {
  abstract run<T>(work: (tx: EntityManager) => Promise<T>): Promise<T>;
}
