import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '@pb/http';
import { GetMonitorQuery, MonitorView } from '../../application/queries/get-monitor/get-monitor.query';
import { MonitorDto } from './dto/monitor.response.dto';

@ApiTags('monitor')
@Controller('api/review/monitor')
export class MonitorController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOkResponse({ type: MonitorDto, description: 'Live figures of the platform, in total and per strategy theme.' })
  @ApiProblems(429)
  monitor(): Promise<MonitorView> {
    return this.queries.execute<GetMonitorQuery, MonitorView>(new GetMonitorQuery());
  }
}
