import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { NoStrategyVersionError, UnknownThemeError } from '../../../domain/barrier-report.errors';
import { ReportSuggester } from '../../ports/report-suggester';
import { StrategyThemes } from '../../ports/strategy-themes';
import { OfficialMailer } from '../../support/official-mailer';
import { ReportChanges } from '../../support/report-changes';
import { ReporterMailer } from '../../support/reporter-mailer';
import { TriageReportCommand } from './triage-report.command';

/**
 * Classifies under a theme of the current strategy version (learnt from strategy.versions), and
 * records the choice beside what the suggester proposed for the report, to measure the suggester.
 */
@CommandHandler(TriageReportCommand)
export class TriageReportHandler implements ICommandHandler<TriageReportCommand, { status: string }> {
  constructor(
    private readonly changes: ReportChanges,
    private readonly themes: StrategyThemes,
    private readonly suggester: ReportSuggester,
    private readonly mailer: ReporterMailer,
    private readonly officials: OfficialMailer,
  ) {}

  async execute({ reference, triage, by, scope }: TriageReportCommand): Promise<{ status: string }> {
    // Triage may hand a report to another department, out of the caller's own scope: allowed, as
    // the intake queue exists to be handed on; the report then leaves the caller's queue.
    const audit = { action: 'triage' as const, details: { department: triage.department, theme: triage.theme, priority: triage.priority } };
    return this.changes.change(reference, { by, scope, audit }, async (report, { manager, now }) => {
      const current = await this.themes.current(manager);
      if (!current) throw new NoStrategyVersionError();
      if (!current.themes.some((t) => t.code === triage.theme)) throw new UnknownThemeError(triage.theme, current.version);
      const { id, title, description, regulation, technology, sector } = report.snapshot();
      const suggested = await this.suggester.suggest({ title, description, regulation, technology, sector });
      await this.suggester.recordChoice(manager, { reportId: id, at: now, suggested, chosen: { theme: triage.theme, department: triage.department } });
      const first = report.status === 'received';
      const departmentBefore = report.snapshot().triage?.department;
      report.triage(
        { theme: triage.theme, strategyVersion: current.version, category: triage.category, priority: triage.priority, department: triage.department, handlerId: triage.handler ?? by.id },
        by,
        now,
      );
      // The reporter hears of the first triage (received → triaged); a re-assignment changes nothing for them.
      if (first) await this.mailer.send(manager, report, { kind: 'triaged', answerBy: report.deadlines(now).answerBy }, now);
      // The department's officials hear that a report landed in their queue (not on a re-triage within it).
      if (departmentBefore !== triage.department) await this.officials.landedInQueue(manager, { ...report.snapshot(), answerBy: report.deadlines(now).answerBy }, now);
      return { status: report.status };
    });
  }
}
