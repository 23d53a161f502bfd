import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ServicePlatformModule } from '@pb/http';
import type { Clock } from '@pb/kernel';
import { MailModule } from '@pb/mail';
import { MessagingModule } from '@pb/messaging';
import { serviceDataSourceOptions } from '@pb/persistence';
import type { Logger } from 'pino';
import { CommentsEnv } from './config/comments.env';
import { commentsMigrations } from './migrations';
import { ResponsesModule, responsesConsumers } from './responses/responses.module';

export interface CommentsModuleOptions {
  env: CommentsEnv;
  logger: Logger;
  clock?: Clock;
}

@Module({})
export class CommentsAppModule {
  static register({ env, logger, clock }: CommentsModuleOptions): DynamicModule {
    return {
      module: CommentsAppModule,
      imports: [
        CqrsModule.forRoot(),
        TypeOrmModule.forRoot(serviceDataSourceOptions({ url: env.DATABASE_URL, entities: [], migrations: commentsMigrations, pool: env })),
        ServicePlatformModule.forService(env, logger, clock),
        MessagingModule.forService({
          service: 'comments',
          env,
          databaseUrl: env.DATABASE_URL,
          logger,
          consumerGroups: [{ groupId: 'comments.projections', consumers: responsesConsumers }],
        }),
        MailModule.forService({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM, logger, pollIntervalMs: 500, relay: env.MAIL_RELAY_ENABLED }),
        ResponsesModule.register(env),
      ],
    };
  }
}
