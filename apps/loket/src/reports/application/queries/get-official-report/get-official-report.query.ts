export class GetOfficialReportQuery {
  constructor(readonly reference: string) {}
}
