import { DynamicModule, Module } from '@nestjs/common';
import type { CommentsEnv } from '../config/comments.env';
import { ErasePersonHandler } from './application/commands/erase-person/erase-person.handler';
import { RespondentErasureStore } from './application/ports/respondent-erasure.store';
import { EmailHashFiller } from './infrastructure/persistence/email-hash-filler';
import { PSEUDONYM_SECRET, TypeOrmRespondentErasureStore } from './infrastructure/persistence/respondent-erasure.typeorm';
import { ErasureRequestedConsumer } from './transport/kafka/erasure-requested.consumer';

/** Kafka consumers of this module, for the `comments.privacy` consumer group. */
export const privacyConsumers = [ErasureRequestedConsumer];

/** The AVG duties of the comments service: erasing a respondent or supporter on request (see docs/adr/0007-erasure.md). */
@Module({})
export class PrivacyModule {
  static register(env: CommentsEnv): DynamicModule {
    return {
      module: PrivacyModule,
      providers: [
        { provide: PSEUDONYM_SECRET, useValue: env.PSEUDONYM_SECRET },
        ErasePersonHandler,
        EmailHashFiller,
        ErasureRequestedConsumer,
        { provide: RespondentErasureStore, useClass: TypeOrmRespondentErasureStore },
      ],
      exports: [ErasureRequestedConsumer],
    };
  }
}
