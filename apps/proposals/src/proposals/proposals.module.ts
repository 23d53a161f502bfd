import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { StrategyModule } from '../strategy/strategy.module';
import type { ProposalsEnv } from '../config/proposals.env';
import { CreateProposalHandler } from './application/commands/create-proposal/create-proposal.handler';
import { PublishProposalHandler } from './application/commands/publish-proposal/publish-proposal.handler';
import { PublishReportHandler } from './application/commands/publish-report/publish-report.handler';
import { GetProposalHandler, ListProposalsHandler } from './application/queries/proposal.queries';
import { ProposalScheduler, SCHEDULER_OPTIONS } from './application/scheduler/proposal.scheduler';
import { ProposalStore } from './infrastructure/proposal.store';
import { ProposalsController } from './transport/http/proposals.controller';
import { ResponseSubmittedConsumer } from './transport/kafka/response-submitted.consumer';

export const proposalsConsumers = [ResponseSubmittedConsumer];

@Module({})
export class ProposalsModule {
  static register(env: ProposalsEnv): DynamicModule {
    return {
      module: ProposalsModule,
      imports: [CqrsModule, StrategyModule],
      controllers: [ProposalsController],
      providers: [
        { provide: SCHEDULER_OPTIONS, useValue: { intervalMs: env.SCHEDULER_INTERVAL_MS, enabled: env.SCHEDULER_ENABLED } },
        ProposalStore,
        ProposalScheduler,
        CreateProposalHandler,
        PublishProposalHandler,
        PublishReportHandler,
        ListProposalsHandler,
        GetProposalHandler,
        ...proposalsConsumers,
      ],
      exports: [ProposalScheduler],
    };
  }
}
