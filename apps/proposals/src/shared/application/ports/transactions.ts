import type { EntityManager } from 'typeorm';

/**
 * Runs work in one database transaction (port; abstract class = DI token). The EntityManager is only
 * the transaction handle the stores and the outbox writer take: use cases never query with it.
 * (Same shape as the review's port, so the two can later move into a lib together.)
 */
export abstract class Transactions {
  abstract run<T>(work: (tx: EntityManager) => Promise<T>): Promise<T>;
}
