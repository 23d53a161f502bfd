import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReportNotFoundError } from '../../../domain/barrier-report.errors';
import { AuditEntryView, Paged, ReportReadModel } from '../../ports/report-read-model';
import { GetReportAuditQuery } from './get-report-audit.query';

/** The audit log of one report, for an admin: who read the contact details and who did what, when. */
@QueryHandler(GetReportAuditQuery)
export class GetReportAuditHandler implements IQueryHandler<GetReportAuditQuery, Paged<AuditEntryView> & { reference: string }> {
  constructor(private readonly readModel: ReportReadModel) {}

  async execute({ reference, page, pageSize }: GetReportAuditQuery): Promise<Paged<AuditEntryView> & { reference: string }> {
    const trail = await this.readModel.auditTrail(reference, page, pageSize);
    if (!trail) throw new ReportNotFoundError();
    return { reference, ...trail };
  }
}
