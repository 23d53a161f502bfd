import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { GetMonitorHandler } from './application/queries/get-monitor/get-monitor.handler';
import { MonitorController } from './transport/http/monitor.controller';

@Module({
  imports: [CqrsModule],
  controllers: [MonitorController],
  providers: [GetMonitorHandler],
})
export class MonitorModule {}
