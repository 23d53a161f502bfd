import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Clock } from '@pb/kernel';
import { Transactions, type Tx } from '@pb/persistence';
import { TrackingLinkNotValidError } from '../../../domain/barrier-report.errors';
import { BarrierReportRepository } from '../../ports/barrier-report.repository';
import { ReportReadModel } from '../../ports/report-read-model';
import { outcomeView, reportSummary } from '../../support/report-views';
import { splitOriginalView, splitPartView } from '../../support/split-views';
import { TrackingLinks } from '../../support/tracking-links';
import { GetReporterViewQuery } from './get-reporter-view.query';

/**
 * What the reporter sees through the private link: their report, the status timeline (who by
 * role only), the messages meant for them, the outcome — and for a linked duplicate, the
 * original's outcome. Never internal notes.
 */
@QueryHandler(GetReporterViewQuery)
export class GetReporterViewHandler implements IQueryHandler<GetReporterViewQuery, object> {
  constructor(
    private readonly transactions: Transactions,
    private readonly reports: BarrierReportRepository,
    private readonly readModel: ReportReadModel,
    private readonly clock: Clock,
    private readonly links: TrackingLinks,
  ) {}

  execute(query: GetReporterViewQuery): Promise<object> {
    // Reads only: no transaction, each read on a pooled connection.
    return this.transactions.withoutTransaction((db) => this.view(db, query));
  }

  private async view(db: Tx, { reference, token }: GetReporterViewQuery): Promise<object> {
    const report = await this.reports.findByReference(db, reference);
    const now = this.clock.now();
    // Unknown reference, wrong token, expired token: the same work, the same answer.
    const linkExpiresAt = await this.links.opens(db, report?.snapshot(), token, now);
    if (!linkExpiresAt || !report) throw new TrackingLinkNotValidError();
    const s = report.snapshot();
    const messages = (await this.readModel.messages(s.id, false)).map(({ at, from, body }) => ({ at, from, body }));
    const original = s.originalReportId ? await this.reports.findById(db, s.originalReportId) : null;
    const o = original?.snapshot();
    // A split report: the reporter follows every part from this one link (issue 10 item 6).
    const parts = await Promise.all(
      (await this.reports.partsOf(db, s.id)).map(async (part) => {
        const { handler: _handler, ...view } = splitPartView(part, now);
        const partMessages = (await this.readModel.messages(part.id, false)).map(({ at, from, body }) => ({ at, from, body }));
        return { ...view, messages: partMessages };
      }),
    );
    const partOf = s.parentReportId ? await this.reports.findById(db, s.parentReportId) : null;
    return {
      ...reportSummary(s),
      receivedAt: s.receivedAt.toISOString(),
      deadlines: report.deadlines(now),
      waitingForYou: s.status === 'waiting_for_reporter',
      timeline: s.timeline.map((t) => ({ at: t.at.toISOString(), status: t.status, by: t.by.role })),
      messages,
      outcome: outcomeView(s),
      original: o ? { reference: o.reference, status: o.status, outcome: outcomeView(o) } : null,
      // After a resolution the reporter says whether the answer helped (closed) or not (reopened).
      satisfactionAsked: s.status === 'resolved',
      reopenCount: s.reopenCount,
      // So the reporter knows when to ask for a new link (this link: each mail has its own).
      linkExpiresAt: linkExpiresAt.toISOString(),
      parts,
      partOf: splitOriginalView(partOf),
    };
  }
}
