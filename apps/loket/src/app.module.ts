import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdempotencyModule, RateLimitModule, ServicePlatformModule, idempotencyRetention, rateLimitRetention } from '@pb/http';
import type { Clock } from '@pb/kernel';
import { MailModule, mailRetention } from '@pb/mail';
import { MessagingModule, messagingRetention } from '@pb/messaging';
import { RetentionModule, serviceDataSourceOptions } from '@pb/persistence';
import type { Logger } from 'pino';
import { LoketEnv } from './config/loket.env';
import { loketMigrations } from './migrations';
import { PrivacyModule, privacyConsumers } from './privacy/privacy.module';
import { crowdConsumers, ReportsModule, reportsConsumers, reportsEntities } from './reports/reports.module';

export interface LoketModuleOptions {
  env: LoketEnv;
  logger: Logger;
  clock?: Clock;
}

/** Makes the validated environment injectable (e.g. PUBLIC_BASE_URL for links in mails). */
@Module({})
class LoketConfigModule {
  static forRoot(env: LoketEnv): DynamicModule {
    return { module: LoketConfigModule, global: true, providers: [{ provide: LoketEnv, useValue: env }], exports: [LoketEnv] };
  }
}

@Module({})
export class LoketAppModule {
  static register({ env, logger, clock }: LoketModuleOptions): DynamicModule {
    return {
      module: LoketAppModule,
      imports: [
        LoketConfigModule.forRoot(env),
        CqrsModule.forRoot(),
        TypeOrmModule.forRoot(serviceDataSourceOptions({ url: env.DATABASE_URL, entities: reportsEntities, migrations: loketMigrations, pool: env })),
        ServicePlatformModule.forService(env, logger, clock),
        RetentionModule.forRoot({ env, logger }),
        RetentionModule.forFeature(messagingRetention(env)),
        RetentionModule.forFeature(idempotencyRetention()),
        RetentionModule.forFeature(rateLimitRetention()),
        RetentionModule.forFeature(mailRetention(env)),
        MessagingModule.forService({
          service: 'loket',
          env,
          databaseUrl: env.DATABASE_URL,
          logger,
          consumerGroups: [
            { groupId: 'loket.strategy', consumers: reportsConsumers },
            { groupId: 'loket.privacy', consumers: privacyConsumers },
            { groupId: 'loket.crowd', consumers: crowdConsumers },
          ],
        }),
        MailModule.forService({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM, logger }),
        RateLimitModule.forService(),
        IdempotencyModule.forService(),
        ReportsModule,
        PrivacyModule,
      ],
    };
  }
}
