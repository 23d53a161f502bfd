import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ReportChanges } from '../../support/report-changes';
import { ReporterMailer } from '../../support/reporter-mailer';
import { ResolveReportCommand } from './resolve-report.command';

/** Resolves with an outcome; the reporter and the reporters of every linked duplicate hear it. */
@CommandHandler(ResolveReportCommand)
export class ResolveReportHandler implements ICommandHandler<ResolveReportCommand, { status: string; outcome: string }> {
  constructor(
    private readonly changes: ReportChanges,
    private readonly mailer: ReporterMailer,
  ) {}

  async execute({ reference, outcome, explanation, by, scope }: ResolveReportCommand): Promise<{ status: string; outcome: string }> {
    const audit = { action: 'resolution' as const, details: { outcome } };
    return this.changes.change(reference, { by, scope, audit }, async (report, { manager, now }) => {
      report.resolve(outcome, explanation, by, now);
      // The reporter is asked in this mail whether the answer helped (see reporter-mails.ts).
      await this.mailer.send(manager, report, { kind: 'outcome', outcome, explanation }, now);
      for (const duplicate of await this.changes.reports.duplicatesOf(manager, report.id)) {
        await this.mailer.send(manager, duplicate, { kind: 'outcome', outcome, explanation, viaOriginal: reference }, now);
      }
      return { status: report.status, outcome };
    });
  }
}
