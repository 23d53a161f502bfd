import { DynamicModule, Module, Provider } from '@nestjs/common';
import { ReviewEnv } from '../config/review.env';
import { ProjectionReplayer } from './application/commands/replay-projections/projection-replayer';
import { ConsultationProjector } from './application/support/consultation-projector';
import { ConsultationFacts } from './application/ports/consultation-facts';
import { FigureLedger } from './application/ports/figure-ledger';
import { ProjectionLog } from './application/ports/projection-log';
import { ProjectionTables } from './application/ports/projection-tables';
import { ProjectionUnitOfWork } from './application/ports/projection-unit-of-work';
import { ReportFacts } from './application/ports/report-facts';
import { StrategyVersionFacts } from './application/ports/strategy-version-facts';
import { ReportProjector } from './application/support/report-projector';
import { KafkaProjectionLog } from './infrastructure/messaging/kafka-projection-log';
import { ConsultationFactsStore } from './infrastructure/persistence/consultation-facts.store';
import { FigureLedgerStore } from './infrastructure/persistence/figure-ledger.store';
import { ProjectionTablesStore } from './infrastructure/persistence/projection-tables.store';
import { ConsumerTransactionUnitOfWork } from './infrastructure/persistence/projection-unit-of-work';
import { ReportFactsStore } from './infrastructure/persistence/report-facts.store';
import { StrategyVersionFactsStore } from './infrastructure/persistence/strategy-version-facts.store';
import { PROJECTION_CONSUMERS } from './transport/kafka/projection-consumers';
import { EndorsementProjector } from './application/support/endorsement-projector';
import { ReportEndorsements } from './application/ports/report-endorsements';
import { ConsultationAnalyses } from './application/ports/consultation-analyses';
import { ConsultationAnalysesStore } from './infrastructure/persistence/consultation-analyses.store';
import { ReportSatisfaction } from './application/ports/report-satisfaction';
import { ReportEndorsementsStore } from './infrastructure/persistence/report-endorsements.store';
import { ReportSatisfactionStore } from './infrastructure/persistence/report-satisfaction.store';
import { BulkReplayStore } from './infrastructure/persistence/bulk-replay/bulk-replay.store';
import { routeByWindow } from './infrastructure/persistence/bulk-replay/window-routing';
import {
  WindowConsultationAnalyses,
  WindowConsultationFacts,
  WindowFigureLedger,
  WindowReportEndorsements,
  WindowReportFacts,
  WindowReportSatisfaction,
  WindowStrategyVersionFacts,
} from './infrastructure/persistence/bulk-replay/window-ports';

/**
 * A port whose calls go to the live store, or to the bulk replay's window when the transaction
 * they are handed is one (see window-routing.ts); both implementations are providers of their own.
 */
const routed = <T extends object>(port: abstract new (...args: never[]) => T, live: new (...args: never[]) => T, window: new (...args: never[]) => T): Provider[] => [
  live,
  window,
  { provide: port, useFactory: (l: T, w: T) => routeByWindow(l, w), inject: [live, window] },
];

@Module({
  providers: [
    { provide: ProjectionUnitOfWork, useClass: ConsumerTransactionUnitOfWork },
    ...routed(FigureLedger, FigureLedgerStore, WindowFigureLedger),
    ...routed(ReportFacts, ReportFactsStore, WindowReportFacts),
    ...routed(ReportSatisfaction, ReportSatisfactionStore, WindowReportSatisfaction),
    ...routed(ReportEndorsements, ReportEndorsementsStore, WindowReportEndorsements),
    ...routed(ConsultationFacts, ConsultationFactsStore, WindowConsultationFacts),
    ...routed(ConsultationAnalyses, ConsultationAnalysesStore, WindowConsultationAnalyses),
    ...routed(StrategyVersionFacts, StrategyVersionFactsStore, WindowStrategyVersionFacts),
    BulkReplayStore,
    { provide: ProjectionTables, useClass: ProjectionTablesStore },
    { provide: ProjectionLog, useClass: KafkaProjectionLog },
    ReportProjector,
    EndorsementProjector,
    ConsultationProjector,
    ProjectionReplayer,
    ...PROJECTION_CONSUMERS,
  ],
  exports: [ProjectionReplayer],
})
export class ProjectionsModule {
  /** The replay's reader processes start with this process's configuration. */
  static register(env: ReviewEnv): DynamicModule {
    return { module: ProjectionsModule, providers: [{ provide: ReviewEnv, useValue: env }] };
  }
}
