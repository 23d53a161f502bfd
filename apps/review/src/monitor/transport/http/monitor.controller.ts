import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '@pb/http';
import { GetMonitorQuery, MonitorView } from '../../application/queries/get-monitor/get-monitor.query';
import type { MonitorTrends } from '../../domain/trends';
import { GetTrendsQuery } from '../../application/queries/get-trends/get-trends.query';
import { GetSatisfactionRecordsQuery, SatisfactionRecordsView } from '../../application/queries/get-satisfaction-records/get-satisfaction-records.query';
import { MonitorThemeParamsDto } from './dto/monitor.request.dto';
import { MonitorDto, SatisfactionRecordsDto } from './dto/monitor.response.dto';
import { TrendsDto } from './dto/trends.response.dto';

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

  @Get('trends')
  @ApiOkResponse({ type: TrendsDto, description: 'Trends for the monitor’s charts: per month, per year, per theme, per outcome, and the most-cited regulations.' })
  @ApiProblems(429)
  trends(): Promise<MonitorTrends> {
    return this.queries.execute<GetTrendsQuery, MonitorTrends>(new GetTrendsQuery());
  }

  @Get('themes/:theme/satisfaction')
  @ApiOkResponse({ type: SatisfactionRecordsDto, description: 'The reports behind a theme’s satisfaction figure, each once with its latest verdict (the figure’s drill-down).' })
  @ApiProblems(400, 429)
  satisfaction(@Param() { theme }: MonitorThemeParamsDto): Promise<SatisfactionRecordsView> {
    return this.queries.execute<GetSatisfactionRecordsQuery, SatisfactionRecordsView>(new GetSatisfactionRecordsQuery(theme));
  }
}
