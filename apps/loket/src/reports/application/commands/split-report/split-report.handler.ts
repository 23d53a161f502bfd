import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { ReportAuditLog } from '../../ports/report-audit-log';
import { OfficialMailer } from '../../support/official-mailer';
import { ReportChanges } from '../../support/report-changes';
import { ReporterMailer } from '../../support/reporter-mailer';
import { SplitReportCommand, SplitReportResult } from './split-report.command';

/**
 * Splits a report into parts for different departments (issue 10 item 6). Each part gets a new
 * reference from the same yearly sequence as every report: the reference pattern (LKT-YYYY-NNNNNN)
 * is part of the event contracts, the routes and the portal's forms, and a suffix such as `-1` would
 * change all of them for one feature; the part's link to its original is kept explicitly instead
 * (and shown on both pages and in BarrierSplit). The reporter is mailed once, with their link to the
 * original, which shows every part; each part lands in its department's queue (and mailbox).
 */
@CommandHandler(SplitReportCommand)
export class SplitReportHandler implements ICommandHandler<SplitReportCommand, SplitReportResult> {
  constructor(
    private readonly changes: ReportChanges,
    private readonly mailer: ReporterMailer,
    private readonly officials: OfficialMailer,
    private readonly audit: ReportAuditLog,
  ) {}

  async execute({ reference, parts, by, scope }: SplitReportCommand): Promise<SplitReportResult> {
    const audit = { action: 'split' as const, details: { departments: parts.map((p) => p.department).join(',') } };
    return this.changes.change(reference, { by, scope, audit }, async (report, { manager, now }) => {
      // The rules first, so a refused split draws no references (they are not given back).
      report.checkSplit(parts.map((p) => p.department));
      const references = await this.changes.reports.reserveReferences(now.getFullYear(), parts.length);
      const inputs = parts.map((p, i) => ({ id: randomUUID(), reference: references[i], department: p.department, handlerId: p.handler }));
      const created = report.split(inputs, by, now);
      for (const part of created) {
        await this.changes.reports.insertPart(manager, part);
        await this.audit.record(manager, { reportId: part.id, at: now, by, action: 'split', details: { original: reference, department: part.snapshot().triage!.department } });
        await this.officials.landedInQueue(manager, part.snapshot(), now);
      }
      const summary = created.map((p) => {
        const s = p.snapshot();
        return { reference: s.reference, department: s.triage!.department, answerBy: s.answerBy };
      });
      await this.mailer.send(manager, report, { kind: 'split', parts: summary }, now);
      return { status: report.status, parts: summary };
    });
  }
}
