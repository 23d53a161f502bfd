import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdempotencyModule, ServicePlatformModule, idempotencyRetention } from '@pb/http';
import type { Clock } from '@pb/kernel';
import { MessagingModule, messagingRetention } from '@pb/messaging';
import { RetentionModule, serviceDataSourceOptions } from '@pb/persistence';
import type { Logger } from 'pino';
import { ProposalsEnv } from './config/proposals.env';
import { proposalsMigrations } from './migrations';
import { proposalsEntities } from './proposals/infrastructure/persistence/proposal.orm-entity';
import { ProposalsModule, proposalsConsumers } from './proposals/proposals.module';
import { StrategyModule, strategyConsumers } from './strategy/strategy.module';

export interface ProposalsModuleOptions {
  env: ProposalsEnv;
  logger: Logger;
  clock?: Clock;
}

@Module({})
export class ProposalsAppModule {
  static register({ env, logger, clock }: ProposalsModuleOptions): DynamicModule {
    return {
      module: ProposalsAppModule,
      imports: [
        CqrsModule.forRoot(),
        TypeOrmModule.forRoot(serviceDataSourceOptions({ url: env.DATABASE_URL, entities: proposalsEntities, migrations: proposalsMigrations, pool: env })),
        ServicePlatformModule.forService(env, logger, clock),
        RetentionModule.forRoot({ env, logger }),
        RetentionModule.forFeature(messagingRetention(env)),
        RetentionModule.forFeature(idempotencyRetention()),
        IdempotencyModule.forService(),
        MessagingModule.forService({
          service: 'proposals',
          env,
          databaseUrl: env.DATABASE_URL,
          logger,
          consumerGroups: [{ groupId: 'proposals.projections', consumers: [...strategyConsumers, ...proposalsConsumers] }],
        }),
        StrategyModule,
        ProposalsModule.register(env),
      ],
    };
  }
}
