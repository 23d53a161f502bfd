import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { BarrierReportedV1 } from '@pb/contracts';
import { Clock } from '@pb/kernel';
import { OutboxWriter, createEvent } from '@pb/messaging';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { BarrierReport } from '../../../domain/barrier-report.aggregate';
import { ReportSubmittedEvent } from '../../../domain/barrier-report.events';
import { BarrierReportRepository } from '../../ports/barrier-report.repository';
import { SubmitReportCommand, SubmitReportResult } from './submit-report.command';

export const hashTrackingToken = (token: string): string => createHash('sha256').update(token).digest('hex');

@CommandHandler(SubmitReportCommand)
export class SubmitReportHandler implements ICommandHandler<SubmitReportCommand, SubmitReportResult> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: BarrierReportRepository,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async execute({ report: input }: SubmitReportCommand): Promise<SubmitReportResult> {
    const now = this.clock.now();
    const trackingToken = randomBytes(32).toString('base64url');
    return this.dataSource.transaction(async (manager) => {
      const reference = await this.reports.nextReference(manager, now.getFullYear());
      const reporterId = randomUUID();
      const report = BarrierReport.submit({
        id: randomUUID(),
        reference,
        title: input.title,
        description: input.description,
        regulation: input.regulation,
        technology: input.technology,
        sector: input.sector,
        impact: input.impact,
        suggestedSolution: input.suggestedSolution,
        companySizeClass: input.company.sizeClass,
        reporterId,
        publishConsent: input.consent.publish,
        contactConsent: input.consent.contact,
        trackingTokenHash: hashTrackingToken(trackingToken),
        receivedAt: now,
      });
      await this.reports.insert(manager, report, {
        id: reporterId,
        name: input.contact.name,
        email: input.contact.email,
        phone: input.contact.phone,
        companyName: input.company.name,
        kvkNumber: input.company.kvkNumber,
      });
      const events = report.pullEvents().map((e, i, all) => this.toIntegrationEvent(e, report.version - all.length + i + 1));
      await this.outbox.append(manager, events);
      return { reference, status: report.status, trackingToken };
    });
  }

  private toIntegrationEvent(e: ReportSubmittedEvent, aggregateVersion: number) {
    return createEvent(
      BarrierReportedV1,
      {
        reportId: e.reportId,
        reference: e.reference,
        title: e.title,
        regulation: e.regulation,
        technology: e.technology,
        sector: e.sector,
        companySizeClass: e.companySizeClass,
        reporterId: e.reporterId,
        publishConsent: e.publishConsent,
        reportedAt: e.reportedAt.toISOString(),
        triageBy: e.triageBy,
        answerBy: e.answerBy,
      },
      { aggregateId: e.reportId, aggregateVersion, actor: { role: 'reporter', id: e.reporterId }, occurredAt: e.reportedAt },
    );
  }
}
