import type { Actor } from '../../../domain/barrier-report.aggregate';
import type { ReportScope } from '../../support/report-scope';

export class PostOfficialMessageCommand {
  constructor(
    readonly reference: string,
    readonly body: string,
    /** An internal note the reporter never sees; otherwise a question to the reporter. */
    readonly internal: boolean,
    readonly by: Actor,
    /** Which reports the caller may reach (ReportScope). */
    readonly scope: ReportScope,
  ) {}
}
