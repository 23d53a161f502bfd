import { Module } from '@nestjs/common';
import { ProjectionReplayer } from './application/projection-replayer';
import { ConsultationProjector } from './application/consultation-projector';
import { ReportProjector } from './application/report-projector';
import { FigureLedger } from './infrastructure/figure-ledger';
import { PROJECTION_CONSUMERS } from './projection-consumers';

@Module({
  providers: [FigureLedger, ReportProjector, ConsultationProjector, ProjectionReplayer, ...PROJECTION_CONSUMERS],
  exports: [FigureLedger, ProjectionReplayer],
})
export class ProjectionsModule {}
