import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdempotencyModule, RateLimitModule, ServicePlatformModule, idempotencyRetention, rateLimitRetention } from '@pb/http';
import { MailModule, mailRetention } from '@pb/mail';
import type { Clock } from '@pb/kernel';
import { MessagingModule, messagingRetention } from '@pb/messaging';
import { RetentionModule, serviceDataSourceOptions } from '@pb/persistence';
import type { Logger } from 'pino';
import { AmendmentsModule, amendmentsEntities } from './amendments/amendments.module';
import { ReviewEnv } from './config/review.env';
import { reviewMigrations } from './migrations';
import { IndicatorsModule } from './indicators/indicators.module';
import { MonitorModule } from './monitor/monitor.module';
import { OpenDataModule } from './open-data/open-data.module';
import { PROJECTION_CONSUMERS, PROJECTION_GROUP } from './projections/transport/kafka/projection-consumers';
import { ProjectionsModule } from './projections/projections.module';
import { PRIVACY_CONSUMERS, PRIVACY_GROUP, PrivacyModule } from './privacy/privacy.module';
import { RegulationsModule } from './regulations/regulations.module';
import { ReviewsModule } from './reviews/reviews.module';
import { StrategyModule } from './strategy/strategy.module';
import { SUBSCRIPTION_CONSUMERS, SUBSCRIPTIONS_GROUP, SubscriptionsModule } from './subscriptions/subscriptions.module';

export interface ReviewModuleOptions {
  env: ReviewEnv;
  logger: Logger;
  clock?: Clock;
  /** Run the live projection consumers (default true; the replay command runs without them). */
  consumers?: boolean;
  /** Run review compile jobs in this process (default true). */
  jobs?: boolean;
}

@Module({})
export class ReviewAppModule {
  static register({ env, logger, clock, consumers = true, jobs = true }: ReviewModuleOptions): DynamicModule {
    return {
      module: ReviewAppModule,
      imports: [
        CqrsModule.forRoot(),
        TypeOrmModule.forRoot(serviceDataSourceOptions({ url: env.DATABASE_URL, entities: amendmentsEntities, migrations: reviewMigrations, pool: env })),
        ServicePlatformModule.forService(env, logger, clock),
        RetentionModule.forRoot({ env, logger }),
        RetentionModule.forFeature(messagingRetention(env)),
        RetentionModule.forFeature(idempotencyRetention()),
        RetentionModule.forFeature(rateLimitRetention()),
        RetentionModule.forFeature(mailRetention(env)),
        IdempotencyModule.forService(),
        RateLimitModule.forService(),
        // Subscribers' mails; the replay command (no consumers) sends none.
        MailModule.forService({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM, logger, relay: consumers }),
        MessagingModule.forService({
          service: 'review',
          env,
          databaseUrl: env.DATABASE_URL,
          logger,
          consumerGroups: consumers
            ? [
                { groupId: PROJECTION_GROUP, consumers: PROJECTION_CONSUMERS },
                { groupId: PRIVACY_GROUP, consumers: PRIVACY_CONSUMERS },
                { groupId: SUBSCRIPTIONS_GROUP, consumers: SUBSCRIPTION_CONSUMERS },
              ]
            : [],
        }),
        ProjectionsModule.register(env),
        MonitorModule,
        IndicatorsModule,
        ReviewsModule.register(jobs, env.PUBLIC_BASE_URL),
        AmendmentsModule,
        OpenDataModule,
        RegulationsModule,
        StrategyModule,
        PrivacyModule.register(env),
        SubscriptionsModule.register(env),
      ],
    };
  }
}
