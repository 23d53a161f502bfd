import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ReportChanges } from '../../support/report-changes';
import { ReporterMailer } from '../../support/reporter-mailer';
import { StartHandlingCommand } from './start-handling.command';

@CommandHandler(StartHandlingCommand)
export class StartHandlingHandler implements ICommandHandler<StartHandlingCommand, { status: string }> {
  constructor(
    private readonly changes: ReportChanges,
    private readonly mailer: ReporterMailer,
  ) {}

  async execute({ reference, by, scope }: StartHandlingCommand): Promise<{ status: string }> {
    const audit = { action: 'status' as const, details: { status: 'in_progress' } };
    return this.changes.change(reference, { by, scope, audit }, async (report, { manager, now }) => {
      report.startHandling(by, now);
      await this.mailer.send(manager, report, { kind: 'in-handling', answerBy: report.deadlines(now).answerBy }, now);
      return { status: report.status };
    });
  }
}
