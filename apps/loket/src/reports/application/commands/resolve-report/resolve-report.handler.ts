import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ReportChanges } from '../../support/report-changes';
import { ReportMails } from '../../support/report-mails';
import { ResolveReportCommand } from './resolve-report.command';

/** Resolves with an outcome; the reporter and the reporters of every linked duplicate hear it. */
@CommandHandler(ResolveReportCommand)
export class ResolveReportHandler implements ICommandHandler<ResolveReportCommand, { status: string; outcome: string }> {
  constructor(private readonly changes: ReportChanges) {}

  async execute({ reference, outcome, explanation, by, scope }: ResolveReportCommand): Promise<{ status: string; outcome: string }> {
    const audit = { action: 'resolution' as const, details: { outcome } };
    return this.changes.change(reference, { by, scope, audit }, async (report, { manager, now }) => {
      report.resolve(outcome, explanation, by, now);
      const reports = this.changes.reports;
      const contact = await reports.reporterContact(manager, report.reporterId);
      if (contact) await this.changes.mail.enqueue(manager, ReportMails.outcome(contact.email, reference, outcome, explanation, this.changes.reportUrl(reference)));
      for (const duplicate of await reports.duplicatesOf(manager, report.id)) {
        const dc = await reports.reporterContact(manager, duplicate.reporterId);
        if (dc) {
          await this.changes.mail.enqueue(
            manager,
            ReportMails.outcome(dc.email, duplicate.reference, outcome, explanation, this.changes.reportUrl(duplicate.reference), reference),
          );
        }
      }
      return { status: report.status, outcome };
    });
  }
}
