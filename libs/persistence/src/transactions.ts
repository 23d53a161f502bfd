import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

export type IsolationLevel = 'READ COMMITTED' | 'REPEATABLE READ' | 'SERIALIZABLE';

/**
 * Runs work in one database transaction (a port: the abstract class is the DI token). The
 * EntityManager is only the transaction handle that stores, the outbox writer and the mail outbox
 * take, so one use case's state and its outgoing events commit together; use cases never query
 * with it. Every service's use cases take this one port.
 */
export abstract class Transactions {
  abstract run<T>(work: (tx: EntityManager) => Promise<T>, isolation?: IsolationLevel): Promise<T>;
}

@Injectable()
export class TypeOrmTransactions extends Transactions {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  run<T>(work: (tx: EntityManager) => Promise<T>, isolation?: IsolationLevel): Promise<T> {
    return isolation ? this.dataSource.transaction(isolation, work) : this.dataSource.transaction(work);
  }
}

/** The provider a module adds when its use cases run in a transaction. */
export const transactionsProvider = { provide: Transactions, useClass: TypeOrmTransactions };
