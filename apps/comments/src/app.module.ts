import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdempotencyModule, RateLimitModule, ServicePlatformModule, idempotencyRetention, rateLimitRetention } from '@pb/http';
import type { Clock } from '@pb/kernel';
import { MailModule, mailRetention } from '@pb/mail';
import { MessagingModule, messagingRetention } from '@pb/messaging';
import { RetentionModule, serviceDataSourceOptions } from '@pb/persistence';
import type { Logger } from 'pino';
import { AnalysisModule, analysisEntities } from './analysis/analysis.module';
import { CommentsEnv } from './config/comments.env';
import { commentsMigrations } from './migrations';
import { PrivacyModule, privacyConsumers } from './privacy/privacy.module';
import { responsesRetention } from './responses/infrastructure/persistence/responses-retention';
import { ResponsesModule, responsesConsumers, responsesEntities } from './responses/responses.module';

export interface CommentsModuleOptions {
  env: CommentsEnv;
  logger: Logger;
  clock?: Clock;
  /** Run consultation analyses in this process (default true; integration tests drive the runner). */
  analysisJobs?: boolean;
}

@Module({})
export class CommentsAppModule {
  static register({ env, logger, clock, analysisJobs = true }: CommentsModuleOptions): DynamicModule {
    return {
      module: CommentsAppModule,
      imports: [
        CqrsModule.forRoot(),
        TypeOrmModule.forRoot(serviceDataSourceOptions({ url: env.DATABASE_URL, entities: [...responsesEntities, ...analysisEntities], migrations: commentsMigrations, pool: env })),
        ServicePlatformModule.forService(env, logger, clock),
        RetentionModule.forRoot({ env, logger }),
        RetentionModule.forFeature(messagingRetention(env)),
        RetentionModule.forFeature(idempotencyRetention()),
        RetentionModule.forFeature(rateLimitRetention()),
        RetentionModule.forFeature(mailRetention(env)),
        RetentionModule.forFeature(responsesRetention(env)),
        MessagingModule.forService({
          service: 'comments',
          env,
          databaseUrl: env.DATABASE_URL,
          logger,
          consumerGroups: [
            { groupId: 'comments.projections', consumers: responsesConsumers },
            { groupId: 'comments.privacy', consumers: privacyConsumers },
          ],
        }),
        MailModule.forService({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM, logger, pollIntervalMs: 500, relay: env.MAIL_RELAY_ENABLED }),
        RateLimitModule.forService(),
        IdempotencyModule.forService(),
        ResponsesModule.register(env),
        PrivacyModule.register(env),
        AnalysisModule.register({ runJobs: analysisJobs }),
      ],
    };
  }
}
