import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { GetMonitorQuery, MonitorView } from '../../application/queries/get-monitor/get-monitor.query';

@ApiTags('monitor')
@Controller('api/review/monitor')
export class MonitorController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOkResponse({ description: 'Live figures of the platform, in total and per strategy theme.' })
  monitor(): Promise<MonitorView> {
    return this.queries.execute<GetMonitorQuery, MonitorView>(new GetMonitorQuery());
  }
}
