import type { Outcome } from '@pb/contracts';
import type { Actor } from '../../../domain/barrier-report.aggregate';
import type { ReportScope } from '../../support/report-scope';

export class ResolveReportCommand {
  constructor(
    readonly reference: string,
    readonly outcome: Outcome,
    readonly explanation: string,
    readonly by: Actor,
    /** Which reports the caller may reach (ReportScope). */
    readonly scope: ReportScope,
  ) {}
}
