import { DynamicModule, Module } from '@nestjs/common';
import { transactionsProvider } from '@pb/persistence';
import { CqrsModule } from '@nestjs/cqrs';
import type { ReviewEnv } from '../config/review.env';
import { RecordErasureAnswerHandler } from './application/commands/record-erasure-answer/record-erasure-answer.handler';
import { RequestErasureHandler } from './application/commands/request-erasure/request-erasure.handler';
import { ErasureRequests } from './application/ports/erasure-requests';
import { PrivacySettings } from './application/ports/privacy.settings';
import { GetErasureHandler } from './application/queries/get-erasure/get-erasure.handler';
import { ListErasuresHandler } from './application/queries/list-erasures/list-erasures.handler';
import { SqlErasureRequests } from './infrastructure/persistence/erasure-requests.store';
import { ErasuresController } from './transport/http/erasures.controller';
import { ErasureCompletedConsumer } from './transport/kafka/erasure-completed.consumer';

/** Consumer group of the erasure coordinator (apart from the projections, which a replay rebuilds). */
export const PRIVACY_GROUP = 'review.privacy';
export const PRIVACY_CONSUMERS = [ErasureCompletedConsumer];

/**
 * The coordinator of erasure requests (AVG art. 17; docs/adr/0007-erasure.md). It lives in the
 * review service, which an admin already reaches, rather than in a deployable of its own; it keeps
 * only the keyed hash of an address and the services' answers.
 */
@Module({})
export class PrivacyModule {
  static register(env: ReviewEnv): DynamicModule {
    const settings: PrivacySettings = { pseudonymSecret: env.PSEUDONYM_SECRET };
    return {
      module: PrivacyModule,
      imports: [CqrsModule],
      controllers: [ErasuresController],
      providers: [
        { provide: PrivacySettings, useValue: settings },
        { provide: ErasureRequests, useClass: SqlErasureRequests },
        transactionsProvider,
        RequestErasureHandler,
        RecordErasureAnswerHandler,
        GetErasureHandler,
        ListErasuresHandler,
        ErasureCompletedConsumer,
      ],
      exports: [ErasureCompletedConsumer],
    };
  }
}
