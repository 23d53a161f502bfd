import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { ReportNotFoundError, TrackingLinkNotValidError } from '../../../domain/barrier-report.errors';
import { OfficialMailer } from '../../support/official-mailer';
import { ReportChanges } from '../../support/report-changes';
import { ReportScope } from '../../support/report-scope';
import { TrackingLinks } from '../../support/tracking-links';
import { PostReporterMessageCommand } from './post-reporter-message.command';

/** The reporter answers a question (the clock runs again) or adds information. */
@CommandHandler(PostReporterMessageCommand)
export class PostReporterMessageHandler implements ICommandHandler<PostReporterMessageCommand, { id: string; status: string }> {
  constructor(
    private readonly changes: ReportChanges,
    private readonly links: TrackingLinks,
    private readonly officials: OfficialMailer,
  ) {}

  async execute({ reference, token, body }: PostReporterMessageCommand): Promise<{ id: string; status: string }> {
    const pseudonymousReporter = { role: 'reporter' as const, id: 'unknown' };
    // An unknown reference answers exactly like a wrong or expired token (below).
    const unknownIsInvalidLink = (err: unknown): never => {
      throw err instanceof ReportNotFoundError ? new TrackingLinkNotValidError() : err;
    };
    // The tracking token, not a scope, decides; a reporter's own reply is not a staff action to audit.
    return this.changes.change(reference, { by: pseudonymousReporter, scope: ReportScope.all() }, async (report, { manager, now }) => {
      // A wrong or expired token answers exactly like an unknown reference.
      if (!(await this.links.opens(manager, report.snapshot(), token, now))) throw new TrackingLinkNotValidError();
      pseudonymousReporter.id = report.reporterId;
      report.reporterReplied(now);
      const id = randomUUID();
      await this.changes.reports.addMessage(manager, { id, reportId: report.id, at: now, authorRole: 'reporter', authorId: report.reporterId, internal: false, body });
      // The officials of its queue hear that there is something to read (not what: it stays in the loket).
      await this.officials.reporterReplied(manager, { ...report.snapshot(), answerBy: report.deadlines(now).answerBy });
      return { id, status: report.status };
    }).catch(unknownIsInvalidLink);
  }
}
