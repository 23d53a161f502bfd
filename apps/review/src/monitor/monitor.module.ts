import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { MonitorFigures } from './application/ports/monitor-figures';
import { GetMonitorHandler } from './application/queries/get-monitor/get-monitor.handler';
import { GetSatisfactionRecordsHandler } from './application/queries/get-satisfaction-records/get-satisfaction-records.handler';
import { GetTrendsHandler } from './application/queries/get-trends/get-trends.handler';
import { SqlMonitorFigures } from './infrastructure/persistence/monitor-figures.store';
import { MonitorController } from './transport/http/monitor.controller';

@Module({
  imports: [CqrsModule],
  controllers: [MonitorController],
  providers: [{ provide: MonitorFigures, useClass: SqlMonitorFigures }, GetMonitorHandler, GetTrendsHandler, GetSatisfactionRecordsHandler],
})
export class MonitorModule {}
