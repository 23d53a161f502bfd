import type { Actor } from '../../../domain/barrier-report.aggregate';
import type { ReportScope } from '../../support/report-scope';

export class StartHandlingCommand {
  constructor(
    readonly reference: string,
    readonly by: Actor,
    /** Which reports the caller may reach (ReportScope). */
    readonly scope: ReportScope,
  ) {}
}
