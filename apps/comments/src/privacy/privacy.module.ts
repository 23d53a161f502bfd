import { DynamicModule, Module } from '@nestjs/common';
import type { CommentsEnv } from '../config/comments.env';
import { getDataSourceToken } from '@nestjs/typeorm';
import { MESSAGING_LOGGER } from '@pb/messaging';
import { EmailHashFiller } from '@pb/persistence';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { ErasePersonHandler } from './application/commands/erase-person/erase-person.handler';
import { RespondentErasureStore } from './application/ports/respondent-erasure.store';
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
        {
          provide: EmailHashFiller,
          inject: [getDataSourceToken(), RespondentErasureStore, MESSAGING_LOGGER],
          useFactory: (dataSource: DataSource, store: RespondentErasureStore, logger: Logger) => new EmailHashFiller(dataSource, store, logger, "respondents' and supporters'"),
        },
        ErasureRequestedConsumer,
        { provide: RespondentErasureStore, useClass: TypeOrmRespondentErasureStore },
      ],
      exports: [ErasureRequestedConsumer],
    };
  }
}
