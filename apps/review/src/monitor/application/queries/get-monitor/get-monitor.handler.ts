import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { GetMonitorQuery, MonitorView } from './get-monitor.query';

@QueryHandler(GetMonitorQuery)
export class GetMonitorHandler implements IQueryHandler<GetMonitorQuery, MonitorView> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(): Promise<MonitorView> {
    const [reports] = await this.dataSource.query(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE status = 'resolved')::int AS resolved FROM report_facts`,
    );
    return {
      generatedAt: new Date().toISOString(),
      totals: { barrierReports: reports.total, resolvedBarrierReports: reports.resolved, proposals: 0, responses: 0, respondents: 0 },
      themes: [],
    };
  }
}
