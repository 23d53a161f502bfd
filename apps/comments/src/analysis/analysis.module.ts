import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { Transactions, TypeOrmTransactions } from '@pb/persistence';
import { EditAnalysisHandler } from './application/commands/edit-analysis/edit-analysis.handler';
import { ANALYSIS_JOBS_ENABLED, AnalysisJobRunner } from './application/commands/run-analysis/analysis-job.runner';
import { SignOffAnalysisHandler } from './application/commands/sign-off-analysis/sign-off-analysis.handler';
import { StartAnalysisHandler } from './application/commands/start-analysis/start-analysis.handler';
import { AnalysisJobs } from './application/ports/analysis-jobs.store';
import { AnalysisRepository } from './application/ports/analysis.repository';
import { GetAnalysisHandler } from './application/queries/get-analysis/get-analysis.handler';
import { SqlAnalysisJobs } from './infrastructure/persistence/analysis-jobs.store';
import { AnalysisOrmEntity, AnalysisRevisionOrmEntity } from './infrastructure/persistence/analysis.orm-entity';
import { TypeOrmAnalysisRepository } from './infrastructure/persistence/analysis.typeorm-repository';
import { AnalysisController } from './transport/http/analysis.controller';

/** ORM entities of this module, for the service's data source. */
export const analysisEntities = [AnalysisOrmEntity, AnalysisRevisionOrmEntity];

/** The consultation analysis with human sign-off (issue 11 item 4, ADR 0011). */
@Module({})
export class AnalysisModule {
  /** `runJobs`: whether this process runs analyses in the background (tests drive the runner themselves). */
  static register(options: { runJobs: boolean }): DynamicModule {
    return {
      module: AnalysisModule,
      imports: [CqrsModule],
      controllers: [AnalysisController],
      providers: [
        { provide: Transactions, useClass: TypeOrmTransactions },
        { provide: AnalysisRepository, useClass: TypeOrmAnalysisRepository },
        { provide: AnalysisJobs, useClass: SqlAnalysisJobs },
        { provide: ANALYSIS_JOBS_ENABLED, useValue: options.runJobs },
        AnalysisJobRunner,
        StartAnalysisHandler,
        EditAnalysisHandler,
        SignOffAnalysisHandler,
        GetAnalysisHandler,
      ],
      exports: [AnalysisJobRunner],
    };
  }
}
