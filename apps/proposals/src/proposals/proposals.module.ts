import { DynamicModule, Module } from '@nestjs/common';
import { transactionsProvider } from '@pb/persistence';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { ProposalsEnv } from '../config/proposals.env';
import { StrategyModule } from '../strategy/strategy.module';
import { AdvanceScheduleHandler } from './application/commands/advance-schedule/advance-schedule.handler';
import { CorrectTextHandler } from './application/commands/correct-text/correct-text.handler';
import { CreateProposalHandler } from './application/commands/create-proposal/create-proposal.handler';
import { EditDraftHandler } from './application/commands/edit-draft/edit-draft.handler';
import { ExtendClosingHandler } from './application/commands/extend-closing/extend-closing.handler';
import { WithdrawProposalHandler } from './application/commands/withdraw-proposal/withdraw-proposal.handler';
import { TranslateProposalHandler } from './application/commands/translate-proposal/translate-proposal.handler';
import { ProposalTranslationStore } from './application/ports/proposal-translation.store';
import { ProposalTranslationSqlStore } from './infrastructure/persistence/proposal-translation.store';
import { ProposalChanges } from './application/support/proposal-changes';
import { PublishProposalHandler } from './application/commands/publish-proposal/publish-proposal.handler';
import { PublishReportHandler } from './application/commands/publish-report/publish-report.handler';
import { ProposalReadModel } from './application/ports/proposal.read-model';
import { ProposalRepository } from './application/ports/proposal.repository';
import { GetProposalHandler } from './application/queries/get-proposal/get-proposal.handler';
import { ListProposalsHandler } from './application/queries/list-proposals/list-proposals.handler';
import { ProposalReadModelStore } from './infrastructure/persistence/proposal.read-model.store';
import { proposalsEntities } from './infrastructure/persistence/proposal.orm-entity';
import { ProposalStore } from './infrastructure/persistence/proposal.store';
import { ProposalsController } from './transport/http/proposals.controller';
import { ResponseSubmittedConsumer } from './transport/kafka/response-submitted.consumer';
import { ProposalScheduler, SCHEDULER_OPTIONS } from './transport/schedule/proposal.scheduler';

export const proposalsConsumers = [ResponseSubmittedConsumer];

@Module({})
export class ProposalsModule {
  static register(env: ProposalsEnv): DynamicModule {
    return {
      module: ProposalsModule,
      imports: [CqrsModule, TypeOrmModule.forFeature(proposalsEntities), StrategyModule],
      controllers: [ProposalsController],
      providers: [
        { provide: SCHEDULER_OPTIONS, useValue: { intervalMs: env.SCHEDULER_INTERVAL_MS, enabled: env.SCHEDULER_ENABLED } },
        transactionsProvider,
        ProposalStore,
        { provide: ProposalRepository, useExisting: ProposalStore },
        { provide: ProposalReadModel, useClass: ProposalReadModelStore },
        ProposalScheduler,
        AdvanceScheduleHandler,
        CreateProposalHandler,
        PublishProposalHandler,
        PublishReportHandler,
        ProposalChanges,
        EditDraftHandler,
        CorrectTextHandler,
        ExtendClosingHandler,
        WithdrawProposalHandler,
        { provide: ProposalTranslationStore, useClass: ProposalTranslationSqlStore },
        TranslateProposalHandler,
        ListProposalsHandler,
        GetProposalHandler,
        ...proposalsConsumers,
      ],
      exports: [ProposalScheduler],
    };
  }
}
