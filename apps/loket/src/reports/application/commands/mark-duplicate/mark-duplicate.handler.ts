import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DuplicateOfItselfError, OriginalReportNotFoundError } from '../../../domain/barrier-report.errors';
import { ReportChanges } from '../../support/report-changes';
import { ReportMails } from '../../support/report-mails';
import { MarkDuplicateCommand } from './mark-duplicate.command';

/**
 * Links a report to the original of its cluster. Its reporter is told, and — when the original
 * is already resolved — hears that outcome at once; otherwise when it comes.
 */
@CommandHandler(MarkDuplicateCommand)
export class MarkDuplicateHandler implements ICommandHandler<MarkDuplicateCommand, { status: string; originalReference: string }> {
  constructor(private readonly changes: ReportChanges) {}

  async execute({ reference, originalReference, by, scope }: MarkDuplicateCommand): Promise<{ status: string; originalReference: string }> {
    if (reference === originalReference) throw new DuplicateOfItselfError();
    const audit = { action: 'duplicate' as const, details: { originalReference } };
    return this.changes.change(reference, { by, scope, audit }, async (report, { manager, now }) => {
      // An original the caller may not see is as unknown as one that does not exist.
      const linked = await this.changes.reports.findByReference(manager, originalReference, { scope });
      if (!linked) throw new OriginalReportNotFoundError();
      const root = linked.originalReportId ? await this.changes.reports.findById(manager, linked.originalReportId) : linked;
      report.markDuplicateOf(linked, by, now);
      const original = root ?? linked;
      const contact = await this.changes.reports.reporterContact(manager, report.reporterId);
      if (contact) {
        const url = this.changes.reportUrl(reference);
        const o = original.snapshot();
        await this.changes.mail.enqueue(
          manager,
          o.outcome && o.explanation
            ? ReportMails.outcome(contact.email, reference, o.outcome, o.explanation, url, original.reference)
            : ReportMails.linkedAsDuplicate(contact.email, reference, original.reference, url),
        );
      }
      return { status: report.status, originalReference: original.reference };
    });
  }
}
