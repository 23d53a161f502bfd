import type { Actor } from '../../../domain/barrier-report.aggregate';
import type { ReportScope } from '../../support/report-scope';

export class GetOfficialReportQuery {
  constructor(
    readonly reference: string,
    /** Who reads: the read of the reporter's contact details is audited. */
    readonly by: Actor,
    readonly scope: ReportScope,
  ) {}
}
