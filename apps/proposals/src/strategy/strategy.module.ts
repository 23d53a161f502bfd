import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { GetCurrentStrategyHandler, GetStrategyVersionHandler, ListStrategyVersionsHandler } from './application/queries/strategy.queries';
import { StrategySeeder } from './application/seed/strategy-seeder';
import { StrategyPublisher } from './application/strategy-publisher';
import { StrategyVersionStore } from './infrastructure/strategy-version.store';
import { StrategyController } from './transport/http/strategy.controller';
import { StrategyRevisionRequestedConsumer } from './transport/kafka/strategy-revision-requested.consumer';

export const strategyConsumers = [StrategyRevisionRequestedConsumer];

@Module({
  imports: [CqrsModule],
  controllers: [StrategyController],
  providers: [
    StrategyVersionStore,
    StrategyPublisher,
    StrategySeeder,
    GetCurrentStrategyHandler,
    ListStrategyVersionsHandler,
    GetStrategyVersionHandler,
    ...strategyConsumers,
  ],
  exports: [StrategyVersionStore],
})
export class StrategyModule {}
