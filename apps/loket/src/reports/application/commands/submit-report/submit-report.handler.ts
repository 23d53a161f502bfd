import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { identifyRegulation } from '@pb/regulations';
import { Transactions } from '@pb/persistence';
import { randomUUID } from 'node:crypto';
import { BarrierReport } from '../../../domain/barrier-report.aggregate';
import { computeTextSignature } from '../../../domain/similarity/text-signature.util';
import { ReportRouter, RoutingDecision } from '../../../../routing/application/ports/report-router';
import { AuditDetails, ReportAuditLog } from '../../ports/report-audit-log';
import { ReportSuggester } from '../../ports/report-suggester';
import { ReportChanges } from '../../support/report-changes';
import { ReporterMailer } from '../../support/reporter-mailer';
import { TrackingLinks } from '../../support/tracking-links';
import { hashTrackingToken, newTrackingToken } from '../../support/tracking-token';
import { SubmitReportCommand, SubmitReportResult } from './submit-report.command';

export { hashTrackingToken } from '../../support/tracking-token';

/** The rule that fired (id, and its position then) and where it sent the report: codes only; its conditions are on the report's routing record. */
function routingAuditDetails(routing: RoutingDecision): AuditDetails {
  return {
    ruleId: routing.ruleId,
    rulePosition: String(routing.position),
    department: routing.department,
    ...(routing.handlerGroup ? { handlerGroup: routing.handlerGroup } : {}),
  };
}

@CommandHandler(SubmitReportCommand)
export class SubmitReportHandler implements ICommandHandler<SubmitReportCommand, SubmitReportResult> {
  constructor(
    private readonly transactions: Transactions,
    private readonly changes: ReportChanges,
    private readonly mailer: ReporterMailer,
    private readonly links: TrackingLinks,
    private readonly router: ReportRouter,
    private readonly suggester: ReportSuggester,
    private readonly audit: ReportAuditLog,
  ) {}

  async execute({ report: input, language }: SubmitReportCommand): Promise<SubmitReportResult> {
    const now = this.changes.clock.now();
    const trackingToken = newTrackingToken();
    const reporterId = randomUUID();
    const regulation = { ...input.regulation, cited: identifyRegulation(input.regulation) };
    const signature = computeTextSignature({ title: input.title, description: input.description });
    // A routing rule may send the report straight to a department's queue (issue 10 item 2);
    // the theme a rule may look at is the suggester's best guess, asked only when a rule needs it.
    // Decided before the transaction: the rules are read as they are now, like any other read.
    const routing = await this.transactions.withoutTransaction((db) =>
      this.router.decide(
        db,
        { bwbId: regulation.cited.bwbId ?? regulation.bwbId, article: regulation.cited.article ?? regulation.article, technology: input.technology, sector: input.sector },
        async () => (await this.suggester.suggest({ title: input.title, description: input.description, regulation, technology: input.technology, sector: input.sector })).theme[0]?.code,
      ),
    );
    // Drawn outside the transaction (see reserveReferences): intakes no longer queue behind each other.
    const [reference] = await this.changes.reports.reserveReferences(now.getFullYear(), 1);
    return this.transactions.run(async (manager) => {
      const report = BarrierReport.submit({
        id: randomUUID(),
        reference,
        title: input.title,
        description: input.description,
        // The regulation index names what the reporter typed (issue 12 item 5): events cite the
        // BWB id and article, never the name; what they typed is kept as typed.
        regulation,
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
        routedDepartment: routing?.department,
      });
      await this.changes.reports.insert(
        manager,
        report,
        {
          id: reporterId,
          name: input.contact.name,
          email: input.contact.email,
          phone: input.contact.phone,
          companyName: input.company.name,
          kvkNumber: input.company.kvkNumber,
          language,
        },
        signature,
      );
      if (routing) {
        await this.router.record(manager, report.id, routing, now);
        // No person decided this: the loket did, by the rule as it was then (its later edits change no trail).
        await this.audit.record(manager, { reportId: report.id, at: now, by: { role: 'system', id: 'loket' }, action: 'routing', details: routingAuditDetails(routing) });
      }
      await this.changes.publishNew(manager, report, { role: 'reporter', id: reporterId });
      // The acknowledgement carries the report's own token (the one "link kwijt" renews).
      const link = { url: this.links.url(reference, trackingToken), expiresAt: this.links.expiresAt(now) };
      await this.mailer.sendTo(manager, input.contact.email, language, reference, { kind: 'received', ...report.deadlines(now) }, link);
      return { reference, status: report.status, trackingToken };
    });
  }
}
