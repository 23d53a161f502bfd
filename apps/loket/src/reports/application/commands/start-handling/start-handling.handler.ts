import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ReportChanges } from '../../support/report-changes';
import { StartHandlingCommand } from './start-handling.command';

@CommandHandler(StartHandlingCommand)
export class StartHandlingHandler implements ICommandHandler<StartHandlingCommand, { status: string }> {
  constructor(private readonly changes: ReportChanges) {}

  async execute({ reference, by, scope }: StartHandlingCommand): Promise<{ status: string }> {
    const audit = { action: 'status' as const, details: { status: 'in_progress' } };
    return this.changes.change(reference, { by, scope, audit }, (report, { now }) => {
      report.startHandling(by, now);
      return { status: report.status };
    });
  }
}
