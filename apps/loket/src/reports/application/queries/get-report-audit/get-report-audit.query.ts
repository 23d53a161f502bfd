import type { ReportScope } from '../../support/report-scope';

export class GetReportAuditQuery {
  constructor(
    readonly reference: string,
    readonly page: number,
    readonly pageSize: number,
    /** Officials read the trail of the reports they may reach; admins of all. */
    readonly scope: ReportScope,
  ) {}
}
