import { Module } from '@nestjs/common';
import { ErasePersonHandler } from './application/commands/erase-person/erase-person.handler';
import { ReporterErasureStore } from './application/ports/reporter-erasure.store';
import { EmailHashFiller } from './infrastructure/persistence/email-hash-filler';
import { TypeOrmReporterErasureStore } from './infrastructure/persistence/reporter-erasure.typeorm';
import { ErasureRequestedConsumer } from './transport/kafka/erasure-requested.consumer';

/** Kafka consumers of this module, for the `loket.privacy` consumer group. */
export const privacyConsumers = [ErasureRequestedConsumer];

/** The AVG duties of the loket: erasing a reporter on request (see docs/adr/0007-erasure.md). */
@Module({
  providers: [ErasePersonHandler, EmailHashFiller, ErasureRequestedConsumer, { provide: ReporterErasureStore, useClass: TypeOrmReporterErasureStore }],
  exports: [ErasureRequestedConsumer],
})
export class PrivacyModule {}
