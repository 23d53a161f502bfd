import { Injectable } from '@nestjs/common';
import { Clock } from '@pb/kernel';
import { OutboxWriter } from '@pb/messaging';
import { Transactions, type Tx } from '@pb/persistence';
import type { Actor, BarrierReport } from '../../domain/barrier-report.aggregate';
import { ReportNotFoundError } from '../../domain/barrier-report.errors';
import { BarrierReportRepository } from '../ports/barrier-report.repository';
import { AuditRecord, ReportAuditLog } from '../ports/report-audit-log';
import { toIntegrationEvents } from './integration-events';
import { ReportScope } from './report-scope';

export interface ChangeContext {
  manager: Tx;
  now: Date;
}

export interface ChangeRequest {
  /** Recorded in the timeline, the events and the audit log. */
  by: Actor;
  /** A report outside it answers like an unknown reference. */
  scope: ReportScope;
  /** What the audit log records for a staff member's action (the reporter's own replies are not audited). */
  audit?: AuditRecord;
}

/**
 * The unit of work every report command shares: one transaction that locks the report (if the
 * caller's scope reaches it), applies the change, saves it, appends its integration events (and
 * any mails, through ReporterMailer) to the outboxes and writes the audit row — all or nothing.
 */
@Injectable()
export class ReportChanges {
  constructor(
    private readonly transactions: Transactions,
    readonly reports: BarrierReportRepository,
    private readonly outbox: OutboxWriter,
    readonly clock: Clock,
    private readonly audit: ReportAuditLog,
  ) {}

  async change<T>(reference: string, { by, scope, audit }: ChangeRequest, fn: (report: BarrierReport, ctx: ChangeContext) => Promise<T> | T): Promise<T> {
    const now = this.clock.now();
    return this.transactions.run(async (manager) => {
      const report = await this.reports.findByReference(manager, reference, { lock: true, scope });
      if (!report) throw new ReportNotFoundError();
      const result = await fn(report, { manager, now });
      await this.commit(manager, report, by);
      // Also when nothing changed in the report itself (an internal note): the action happened.
      if (audit) await this.audit.record(manager, { reportId: report.id, at: now, by, ...audit });
      await this.endSplitOriginal(manager, report, now);
      return result;
    });
  }

  async commit(manager: Tx, report: BarrierReport, actor: Actor): Promise<void> {
    const events = report.pullEvents();
    if (!events.length) return;
    await this.reports.save(manager, report);
    await this.outbox.append(manager, toIntegrationEvents(events, report.version, actor));
  }

  /**
   * Whatever ended a part of a split report (resolution, rejection, a duplicate link, the reporter's
   * judgement), the original ends with its last part. Here, in the same transaction, so no path can
   * forget it. The original is locked after the part (always in that order) and its parts are read
   * after the lock: of two parts ending at once, the second to get the lock sees the first ended.
   */
  private async endSplitOriginal(manager: Tx, part: BarrierReport, now: Date): Promise<void> {
    if (!part.parentReportId || !part.hasEnded) return;
    const original = await this.reports.findById(manager, part.parentReportId, { lock: true });
    if (!original || original.status !== 'split') return;
    const parts = await this.reports.partsOf(manager, original.id);
    if (!parts.every((p) => p.hasEnded)) return;
    const loket: Actor = { role: 'system', id: 'loket' };
    original.partsEnded(now);
    await this.commit(manager, original, loket);
    await this.audit.record(manager, { reportId: original.id, at: now, by: loket, action: 'status', details: { status: original.status, reason: 'parts-ended' } });
  }

  /** For a report just inserted: its events go to the outbox, no update of the row. */
  async publishNew(manager: Tx, report: BarrierReport, actor: Actor): Promise<void> {
    await this.outbox.append(manager, toIntegrationEvents(report.pullEvents(), report.version, actor));
  }
}
