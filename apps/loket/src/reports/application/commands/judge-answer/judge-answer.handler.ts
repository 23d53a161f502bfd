import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { ReportNotFoundError, TrackingLinkNotValidError } from '../../../domain/barrier-report.errors';
import { ReportChanges } from '../../support/report-changes';
import { ReportScope } from '../../support/report-scope';
import { ReporterMailer } from '../../support/reporter-mailer';
import { TrackingLinks } from '../../support/tracking-links';
import { JudgeAnswerCommand } from './judge-answer.command';

/**
 * "Did this answer help you?" Yes closes the report for good; no reopens it to its handler with a
 * deadline of its own, the reason as the reporter's message, and a mail saying so. Either way the
 * judgement is an event (BarrierSatisfactionGiven), so the review can count it.
 */
@CommandHandler(JudgeAnswerCommand)
export class JudgeAnswerHandler implements ICommandHandler<JudgeAnswerCommand, { status: string }> {
  constructor(
    private readonly changes: ReportChanges,
    private readonly links: TrackingLinks,
    private readonly mailer: ReporterMailer,
  ) {}

  async execute({ reference, token, helped, reason }: JudgeAnswerCommand): Promise<{ status: string }> {
    const reporter = { role: 'reporter' as const, id: 'unknown' };
    const unknownIsInvalidLink = (err: unknown): never => {
      throw err instanceof ReportNotFoundError ? new TrackingLinkNotValidError() : err;
    };
    // As with the reporter's messages: the token decides, and the reporter's own act is not audited.
    return this.changes
      .change(reference, { by: reporter, scope: ReportScope.all() }, async (report, { manager, now }) => {
        if (!(await this.links.opens(manager, report.snapshot(), token, now))) throw new TrackingLinkNotValidError();
        reporter.id = report.reporterId;
        if (helped) {
          report.acceptAnswer(now);
          return { status: report.status };
        }
        report.reopen(now);
        await this.changes.reports.addMessage(manager, {
          id: randomUUID(),
          reportId: report.id,
          at: now,
          authorRole: 'reporter',
          authorId: report.reporterId,
          internal: false,
          body: reason ?? '',
        });
        await this.mailer.send(manager, report, { kind: 'reopened', answerBy: report.deadlines(now).answerBy }, now);
        return { status: report.status };
      })
      .catch(unknownIsInvalidLink);
  }
}
