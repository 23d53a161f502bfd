import type { Priority } from '@pb/contracts';
import type { Actor } from '../../../domain/barrier-report.aggregate';
import type { ReportScope } from '../../support/report-scope';

export class TriageReportCommand {
  constructor(
    readonly reference: string,
    readonly triage: { theme: string; category?: string; priority: Priority; department: string; handler?: string },
    readonly by: Actor,
    /** Which reports the caller may reach (ReportScope). */
    readonly scope: ReportScope,
  ) {}
}
