import { Injectable } from '@nestjs/common';
import type { Language } from '@pb/i18n';
import { MailOutbox } from '@pb/mail';
import type { Tx } from '@pb/persistence';
import { MailTemplateOverrides } from '../../../templates/application/ports/mail-template-overrides';
import { BarrierReportRepository } from '../ports/barrier-report.repository';
import { composeReporterMail, mailTemplateValues, ReporterMail } from './reporter-mails';
import { IssuedLink, TrackingLinks } from './tracking-links';

/**
 * Mails a reporter about their report, in the caller's transaction (through the mail outbox: the
 * mail goes out only if the change commits). Every mail gets a fresh link of its own. A reporter
 * whose contact was erased gets nothing: there is nobody to write to.
 */
@Injectable()
export class ReporterMailer {
  constructor(
    private readonly reports: BarrierReportRepository,
    private readonly links: TrackingLinks,
    private readonly outbox: MailOutbox,
    private readonly overrides: MailTemplateOverrides,
  ) {}

  async send(manager: Tx, report: { id: string; reference: string; reporterId: string }, mail: ReporterMail, now: Date): Promise<void> {
    const contact = await this.reports.reporterContact(manager, report.reporterId);
    if (!contact) return;
    const link = await this.links.issueForMail(manager, report, now);
    await this.sendTo(manager, contact.email, contact.language, report.reference, mail, link);
  }

  /** With a link issued by the caller (the report's own token: acknowledgement, "link kwijt"). */
  async sendTo(manager: Tx, to: string, lang: Language, reference: string, mail: ReporterMail, link: IssuedLink): Promise<void> {
    // An admin's rewrite of this mail type and language, if there is one (issue 10 item 3).
    const values = mailTemplateValues(mail, reference, lang);
    const override = values ? await this.overrides.render(manager, mail.kind, lang, values) : null;
    await this.outbox.enqueue(manager, composeReporterMail(lang, to, reference, mail, link, this.links.lostLinkUrl(reference), override));
  }
}
