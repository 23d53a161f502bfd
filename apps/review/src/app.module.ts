import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ServicePlatformModule } from '@pb/http';
import type { Clock } from '@pb/kernel';
import { MessagingModule } from '@pb/messaging';
import { serviceDataSourceOptions } from '@pb/persistence';
import type { Logger } from 'pino';
import { ReviewEnv } from './config/review.env';
import { reviewMigrations } from './migrations';
import { MonitorModule, monitorConsumers } from './monitor/monitor.module';

export interface ReviewModuleOptions {
  env: ReviewEnv;
  logger: Logger;
  clock?: Clock;
}

@Module({})
export class ReviewAppModule {
  static register({ env, logger, clock }: ReviewModuleOptions): DynamicModule {
    return {
      module: ReviewAppModule,
      imports: [
        CqrsModule.forRoot(),
        TypeOrmModule.forRoot(serviceDataSourceOptions({ url: env.DATABASE_URL, entities: [], migrations: reviewMigrations })),
        ServicePlatformModule.forService(env, logger, clock),
        MessagingModule.forService({
          service: 'review',
          env,
          databaseUrl: env.DATABASE_URL,
          logger,
          consumerGroups: [{ groupId: 'review.projections', consumers: monitorConsumers }],
        }),
        MonitorModule,
      ],
    };
  }
}
