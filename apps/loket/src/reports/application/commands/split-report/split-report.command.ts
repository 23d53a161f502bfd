import type { Actor } from '../../../domain/barrier-report.aggregate';
import type { ReportScope } from '../../support/report-scope';

export interface SplitPartRequest {
  department: string;
  /** Pseudonymous id of the part's handler; none: it waits in the department's queue. */
  handler?: string;
}

export interface SplitReportResult {
  status: string;
  parts: { reference: string; department: string; answerBy: string }[];
}

export class SplitReportCommand {
  constructor(
    readonly reference: string,
    readonly parts: readonly SplitPartRequest[],
    readonly by: Actor,
    /** Which reports the caller may reach (ReportScope). */
    readonly scope: ReportScope,
  ) {}
}
