import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DuplicateOfItselfError, OriginalReportNotFoundError } from '../../../domain/barrier-report.errors';
import { ReportChanges } from '../../support/report-changes';
import { ReporterMailer } from '../../support/reporter-mailer';
import { MarkDuplicateCommand } from './mark-duplicate.command';

/**
 * Links a report to the original of its cluster. Its reporter is told, and — when the original
 * is already resolved — hears that outcome at once; otherwise when it comes.
 */
@CommandHandler(MarkDuplicateCommand)
export class MarkDuplicateHandler implements ICommandHandler<MarkDuplicateCommand, { status: string; originalReference: string }> {
  constructor(
    private readonly changes: ReportChanges,
    private readonly mailer: ReporterMailer,
  ) {}

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
      const o = original.snapshot();
      await this.mailer.send(
        manager,
        report,
        o.outcome && o.explanation
          ? { kind: 'outcome', outcome: o.outcome, explanation: o.explanation, viaOriginal: original.reference }
          : { kind: 'linked-duplicate', original: original.reference },
        now,
      );
      return { status: report.status, originalReference: original.reference };
    });
  }
}
