import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { ReportNotFoundError } from '../../../domain/barrier-report.errors';
import { ReportChanges } from '../../support/report-changes';
import { ReportScope } from '../../support/report-scope';
import { trackingTokenMatches } from '../../support/tracking-token';
import { PostReporterMessageCommand } from './post-reporter-message.command';

/** The reporter answers a question (the clock runs again) or adds information. */
@CommandHandler(PostReporterMessageCommand)
export class PostReporterMessageHandler implements ICommandHandler<PostReporterMessageCommand, { id: string; status: string }> {
  constructor(private readonly changes: ReportChanges) {}

  async execute({ reference, token, body }: PostReporterMessageCommand): Promise<{ id: string; status: string }> {
    const pseudonymousReporter = { role: 'reporter' as const, id: 'unknown' };
    // The tracking token, not a scope, decides; a reporter's own reply is not a staff action to audit.
    return this.changes.change(reference, { by: pseudonymousReporter, scope: ReportScope.all() }, async (report, { manager, now }) => {
      // A wrong token answers exactly like an unknown reference.
      if (!trackingTokenMatches(report.snapshot().trackingTokenHash, token)) throw new ReportNotFoundError();
      pseudonymousReporter.id = report.reporterId;
      report.reporterReplied(now);
      const id = randomUUID();
      await this.changes.reports.addMessage(manager, { id, reportId: report.id, at: now, authorRole: 'reporter', authorId: report.reporterId, internal: false, body });
      return { id, status: report.status };
    });
  }
}
