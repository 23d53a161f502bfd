import type { Actor } from '../../../domain/barrier-report.aggregate';
import type { ReportScope } from '../../support/report-scope';

export class MarkDuplicateCommand {
  constructor(
    readonly reference: string,
    readonly originalReference: string,
    readonly by: Actor,
    /** Which reports the caller may reach (ReportScope). */
    readonly scope: ReportScope,
  ) {}
}
