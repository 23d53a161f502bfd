import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ServicePlatformModule } from '@pb/http';
import type { Clock } from '@pb/kernel';
import { MessagingModule } from '@pb/messaging';
import { serviceDataSourceOptions } from '@pb/persistence';
import type { Logger } from 'pino';
import { LoketEnv } from './config/loket.env';
import { loketMigrations } from './migrations';
import { ReportsModule, reportsEntities } from './reports/reports.module';

export interface LoketModuleOptions {
  env: LoketEnv;
  logger: Logger;
  clock?: Clock;
}

@Module({})
export class LoketAppModule {
  static register({ env, logger, clock }: LoketModuleOptions): DynamicModule {
    return {
      module: LoketAppModule,
      imports: [
        CqrsModule.forRoot(),
        TypeOrmModule.forRoot(serviceDataSourceOptions({ url: env.DATABASE_URL, entities: reportsEntities, migrations: loketMigrations })),
        ServicePlatformModule.forService(env, logger, clock),
        MessagingModule.forService({ service: 'loket', env, databaseUrl: env.DATABASE_URL, logger }),
        ReportsModule,
      ],
    };
  }
}
