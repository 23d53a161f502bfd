import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

export type IsolationLevel = 'READ COMMITTED' | 'REPEATABLE READ' | 'SERIALIZABLE';

/**
 * The handle a port's method runs its statements on: a transaction's (`Transactions.run`) or the
 * pool's (`Transactions.withoutTransaction`). Application code only passes it on to ports, which
 * is why it has a name of its own here: `application/` never imports typeorm (the
 * `application-uses-no-orm` dependency rule), only this name.
 */
export type Tx = EntityManager;

/**
 * Runs work in one database transaction (a port: the abstract class is the DI token). The
 * handle is only what stores, the outbox writer and the mail outbox take, so one use case's state
 * and its outgoing events commit together; use cases never query with it. Every service's use
 * cases take this one port.
 */
export abstract class Transactions {
  abstract run<T>(work: (tx: Tx) => Promise<T>, isolation?: IsolationLevel): Promise<T>;

  /**
   * Work that needs no transaction (a read, or one statement that commits on its own): each
   * statement runs on a pooled connection, so reads started together run side by side. An
   * in-memory fake may leave this as is (it runs the work as a transaction).
   */
  withoutTransaction<T>(work: (db: Tx) => Promise<T>): Promise<T> {
    return this.run(work);
  }
}

@Injectable()
export class TypeOrmTransactions extends Transactions {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  run<T>(work: (tx: Tx) => Promise<T>, isolation?: IsolationLevel): Promise<T> {
    return isolation ? this.dataSource.transaction(isolation, work) : this.dataSource.transaction(work);
  }

  override withoutTransaction<T>(work: (db: Tx) => Promise<T>): Promise<T> {
    return work(this.dataSource.manager);
  }
}

/** The provider a module adds when its use cases run in a transaction. */
export const transactionsProvider = { provide: Transactions, useClass: TypeOrmTransactions };
