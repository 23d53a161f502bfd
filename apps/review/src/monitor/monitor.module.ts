import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { GetMonitorHandler } from './application/queries/get-monitor/get-monitor.handler';
import { MonitorController } from './transport/http/monitor.controller';
import { BarrierReportedConsumer } from './transport/kafka/barrier-reported.consumer';

export const monitorConsumers = [BarrierReportedConsumer];

@Module({
  imports: [CqrsModule],
  controllers: [MonitorController],
  providers: [GetMonitorHandler, ...monitorConsumers],
})
export class MonitorModule {}
