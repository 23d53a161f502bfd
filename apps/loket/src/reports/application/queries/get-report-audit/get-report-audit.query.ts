export class GetReportAuditQuery {
  constructor(
    readonly reference: string,
    readonly page: number,
    readonly pageSize: number,
  ) {}
}
