import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReportNotFoundError } from '../../../domain/barrier-report.errors';
import { AuditEntryView, Paged, ReportReadModel } from '../../ports/report-read-model';
import { GetReportAuditQuery } from './get-report-audit.query';

/**
 * The audit trail of one report: who read the contact details and who did what, when (issue 10
 * item 8) — for an admin, and for the officials and intake staff who may reach the report (outside
 * their scope it is as unknown as a wrong reference).
 */
@QueryHandler(GetReportAuditQuery)
export class GetReportAuditHandler implements IQueryHandler<GetReportAuditQuery, Paged<AuditEntryView> & { reference: string }> {
  constructor(private readonly readModel: ReportReadModel) {}

  async execute({ reference, page, pageSize, scope }: GetReportAuditQuery): Promise<Paged<AuditEntryView> & { reference: string }> {
    const trail = await this.readModel.auditTrail(reference, page, pageSize, scope);
    if (!trail) throw new ReportNotFoundError();
    return { reference, ...trail };
  }
}
