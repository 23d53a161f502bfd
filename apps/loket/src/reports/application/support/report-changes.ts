import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@pb/kernel';
import { MailOutbox } from '@pb/mail';
import { OutboxWriter } from '@pb/messaging';
import type { DataSource, EntityManager } from 'typeorm';
import { LoketEnv } from '../../../config/loket.env';
import type { Actor, BarrierReport } from '../../domain/barrier-report.aggregate';
import { ReportNotFoundError } from '../../domain/barrier-report.errors';
import { BarrierReportRepository } from '../ports/barrier-report.repository';
import { toIntegrationEvents } from './integration-events';

export interface ChangeContext {
  manager: EntityManager;
  now: Date;
}

/**
 * The unit of work every report command shares: one transaction that locks the report, applies
 * the change, saves it and appends its integration events (and any mails) to the outboxes.
 */
@Injectable()
export class ReportChanges {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    readonly reports: BarrierReportRepository,
    private readonly outbox: OutboxWriter,
    readonly mail: MailOutbox,
    readonly clock: Clock,
    private readonly env: LoketEnv,
  ) {}

  async change<T>(reference: string, actor: Actor, fn: (report: BarrierReport, ctx: ChangeContext) => Promise<T> | T): Promise<T> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const report = await this.reports.findByReference(manager, reference, { lock: true });
      if (!report) throw new ReportNotFoundError();
      const result = await fn(report, { manager, now });
      await this.commit(manager, report, actor);
      return result;
    });
  }

  async commit(manager: EntityManager, report: BarrierReport, actor: Actor): Promise<void> {
    const events = report.pullEvents();
    if (!events.length) return;
    await this.reports.save(manager, report);
    await this.outbox.append(manager, toIntegrationEvents(events, report.version, actor));
  }

  /** For a report just inserted: its events go to the outbox, no update of the row. */
  async publishNew(manager: EntityManager, report: BarrierReport, actor: Actor): Promise<void> {
    await this.outbox.append(manager, toIntegrationEvents(report.pullEvents(), report.version, actor));
  }

  /** The portal's page of a report, without the private token (which only the reporter has). */
  reportUrl(reference: string): string {
    return `${this.env.PUBLIC_BASE_URL.replace(/\/$/, '')}/meldingen/${reference}`;
  }

  trackingUrl(reference: string, token: string): string {
    return `${this.reportUrl(reference)}?token=${encodeURIComponent(token)}`;
  }
}
