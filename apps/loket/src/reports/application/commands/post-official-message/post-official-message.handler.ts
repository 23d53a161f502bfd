import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { ReportChanges } from '../../support/report-changes';
import { ReporterMailer } from '../../support/reporter-mailer';
import { PostOfficialMessageCommand } from './post-official-message.command';

/**
 * An internal note changes nothing for the reporter. A message to the reporter is a question:
 * the report waits for them (the deadline clock stops) and they get a mail.
 */
@CommandHandler(PostOfficialMessageCommand)
export class PostOfficialMessageHandler implements ICommandHandler<PostOfficialMessageCommand, { id: string; status: string }> {
  constructor(
    private readonly changes: ReportChanges,
    private readonly mailer: ReporterMailer,
  ) {}

  async execute({ reference, body, internal, by, scope }: PostOfficialMessageCommand): Promise<{ id: string; status: string }> {
    // The audit row says that a message was written, never what it says.
    const audit = { action: internal ? ('note' as const) : ('message' as const) };
    return this.changes.change(reference, { by, scope, audit }, async (report, { manager, now }) => {
      if (!internal) report.askReporter(by, now);
      const id = randomUUID();
      await this.changes.reports.addMessage(manager, { id, reportId: report.id, at: now, authorRole: 'official', authorId: by.id, internal, body });
      if (!internal) await this.mailer.send(manager, report, { kind: 'question', question: body }, now);
      return { id, status: report.status };
    });
  }
}
