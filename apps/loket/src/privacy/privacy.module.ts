import { Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { MESSAGING_LOGGER } from '@pb/messaging';
import { EmailHashFiller } from '@pb/persistence';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { ErasePersonHandler } from './application/commands/erase-person/erase-person.handler';
import { ReporterErasureStore } from './application/ports/reporter-erasure.store';
import { TypeOrmReporterErasureStore } from './infrastructure/persistence/reporter-erasure.typeorm';
import { ErasureRequestedConsumer } from './transport/kafka/erasure-requested.consumer';

/** Kafka consumers of this module, for the `loket.privacy` consumer group. */
export const privacyConsumers = [ErasureRequestedConsumer];

/** The AVG duties of the loket: erasing a reporter on request (see docs/adr/0007-erasure.md). */
@Module({
  providers: [
    ErasePersonHandler,
    {
      provide: EmailHashFiller,
      inject: [getDataSourceToken(), ReporterErasureStore, MESSAGING_LOGGER],
      useFactory: (dataSource: DataSource, store: ReporterErasureStore, logger: Logger) => new EmailHashFiller(dataSource, store, logger, "reporters'"),
    },
    ErasureRequestedConsumer,
    { provide: ReporterErasureStore, useClass: TypeOrmReporterErasureStore },
  ],
  exports: [ErasureRequestedConsumer],
})
export class PrivacyModule {}
