import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BarrierReportRepository } from './application/ports/barrier-report.repository';
import { SubmitReportHandler } from './application/commands/submit-report/submit-report.handler';
import { BarrierReportOrmEntity } from './infrastructure/persistence/barrier-report.orm-entity';
import { TypeOrmBarrierReportRepository } from './infrastructure/persistence/barrier-report.typeorm-repository';
import { ReporterOrmEntity } from './infrastructure/persistence/reporter.orm-entity';
import { ReportsController } from './transport/http/reports.controller';

export const reportsEntities = [BarrierReportOrmEntity, ReporterOrmEntity];

@Module({
  imports: [CqrsModule, TypeOrmModule.forFeature(reportsEntities)],
  controllers: [ReportsController],
  providers: [SubmitReportHandler, { provide: BarrierReportRepository, useClass: TypeOrmBarrierReportRepository }],
})
export class ReportsModule {}
