import { Module } from '@nestjs/common';
import { transactionsProvider } from '@pb/persistence';
import { CqrsModule } from '@nestjs/cqrs';
import { SeedStrategyHandler } from './application/commands/seed-strategy/seed-strategy.handler';
import { ApplyStrategyRevisionHandler } from './application/commands/apply-strategy-revision/apply-strategy-revision.handler';
import { StrategySeed } from './application/ports/strategy-seed';
import { StrategyVersionReadModel } from './application/ports/strategy-version.read-model';
import { StrategyVersionRepository } from './application/ports/strategy-version.repository';
import { GetCurrentStrategyHandler } from './application/queries/get-current-strategy/get-current-strategy.handler';
import { GetStrategyVersionHandler } from './application/queries/get-strategy-version/get-strategy-version.handler';
import { ListStrategyVersionsHandler } from './application/queries/list-strategy-versions/list-strategy-versions.handler';
import { StrategyPublisher } from './application/support/strategy-publisher';
import { StrategySeedFile } from './infrastructure/seed/strategy-seed.file';
import { StrategyVersionReadModelStore } from './infrastructure/persistence/strategy-version.read-model.store';
import { StrategyVersionStore } from './infrastructure/persistence/strategy-version.store';
import { StrategyController } from './transport/http/strategy.controller';
import { StrategyRevisionRequestedConsumer } from './transport/kafka/strategy-revision-requested.consumer';
import { StrategySeeder } from './transport/startup/strategy-seeder';

export const strategyConsumers = [StrategyRevisionRequestedConsumer];

@Module({
  imports: [CqrsModule],
  controllers: [StrategyController],
  providers: [
    transactionsProvider,
    StrategyVersionStore,
    { provide: StrategyVersionRepository, useExisting: StrategyVersionStore },
    { provide: StrategyVersionReadModel, useClass: StrategyVersionReadModelStore },
    { provide: StrategySeed, useClass: StrategySeedFile },
    StrategyPublisher,
    StrategySeeder,
    SeedStrategyHandler,
    ApplyStrategyRevisionHandler,
    GetCurrentStrategyHandler,
    ListStrategyVersionsHandler,
    GetStrategyVersionHandler,
    ...strategyConsumers,
  ],
  // The proposals area classifies a proposal under a theme of the current version.
  exports: [StrategyVersionRepository],
})
export class StrategyModule {}
