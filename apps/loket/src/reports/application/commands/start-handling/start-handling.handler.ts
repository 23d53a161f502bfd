import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ReportChanges } from '../../support/report-changes';
import { StartHandlingCommand } from './start-handling.command';

@CommandHandler(StartHandlingCommand)
export class StartHandlingHandler implements ICommandHandler<StartHandlingCommand, { status: string }> {
  constructor(private readonly changes: ReportChanges) {}

  async execute({ reference, by }: StartHandlingCommand): Promise<{ status: string }> {
    return this.changes.change(reference, by, (report, { now }) => {
      report.startHandling(by, now);
      return { status: report.status };
    });
  }
}
