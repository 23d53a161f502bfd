import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Transactions } from '@pb/persistence';
import { ReportChanges } from '../../support/report-changes';
import { ReporterMailer } from '../../support/reporter-mailer';
import { TrackingLinks } from '../../support/tracking-links';
import { RequestTrackingLinkCommand } from './request-tracking-link.command';

const sameAddress = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * "Link kwijt": when the reference and the address belong together, the report gets a new token
 * (the old links, the acknowledgement's and every later mail's, stop working) and the address a mail with the fresh link. Otherwise nothing
 * happens. The caller learns neither way which it was: the transport answers 202 regardless, and
 * only the mailbox of the real reporter hears of a match.
 */
@CommandHandler(RequestTrackingLinkCommand)
export class RequestTrackingLinkHandler implements ICommandHandler<RequestTrackingLinkCommand, void> {
  constructor(
    private readonly transactions: Transactions,
    private readonly changes: ReportChanges,
    private readonly links: TrackingLinks,
    private readonly mailer: ReporterMailer,
  ) {}

  async execute({ reference, email }: RequestTrackingLinkCommand): Promise<void> {
    const now = this.changes.clock.now();
    await this.transactions.run(async (manager) => {
      const report = await this.changes.reports.findByReference(manager, reference, { lock: true });
      const contact = report ? await this.changes.reports.reporterContact(manager, report.reporterId) : null;
      // No contact: unknown report, or a contact erased after retention — no address to send to.
      if (!report || !contact || !sameAddress(contact.email, email)) return;
      const { token, hash } = this.links.issue();
      report.renewTrackingToken(hash, now);
      await this.changes.reports.save(manager, report);
      // Every link mailed before stops working too: whoever has an old mail has no access any more.
      await this.links.revokeMailed(manager, report.id);
      const link = { url: this.links.url(reference, token), expiresAt: this.links.expiresAt(now) };
      await this.mailer.sendTo(manager, contact.email, contact.language, reference, { kind: 'tracking-link' }, link);
    });
  }
}
