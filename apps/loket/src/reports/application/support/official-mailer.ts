import { Injectable } from '@nestjs/common';
import { mailSubject, mailText, MailOutbox } from '@pb/mail';
import type { Tx } from '@pb/persistence';
import { LoketEnv } from '../../../config/loket.env';
import { longDate } from './reporter-mails';
import { DepartmentMailboxes } from './department-mailboxes';

/** What an official's mail needs of a report: never what the reporter typed or who they are. */
export interface ReportForOfficials {
  reference: string;
  answerBy: string;
  triage?: { department: string };
}

const SEPARATOR = '\n\n---\n\n';

/**
 * Officials' mails are Dutch only. They go to a department's shared mailbox, not to a person, so
 * there is no reader whose language we could know (an official's page language is a cookie of one
 * browser, not something the loket stores), and the mailbox belongs to a Dutch ministry, whose
 * working language is Dutch (Awb art. 2:6). A Dutch-and-English mail would make every official
 * scroll past a translation nobody in the mailbox asked for. Should a mailbox ever get a language
 * (LOKET_DEPARTMENT_MAILBOXES), pass it here instead.
 */
const OFFICIALS_LANGUAGE = 'nl' as const;

/** Each mail's catalogue keys and outbox kind. */
const MAILS = {
  landed: { subject: 'official-mails:landed.subject', body: 'official-mails:landed.body', kind: 'loket.official.landed-in-queue' },
  replied: { subject: 'official-mails:replied.subject', body: 'official-mails:replied.body', kind: 'loket.official.reporter-replied' },
  deadline: { subject: 'official-mails:deadline.subject', body: 'official-mails:deadline.body', kind: 'loket.official.deadline-near' },
} as const;

/**
 * Mails the officials of a report's queue (issue 10 item 8): when a report lands in their queue,
 * when its reporter replied, and two working days before its deadline. They go to the department's
 * mailbox (DepartmentMailboxes), in Dutch (OFFICIALS_LANGUAGE says why), in the caller's
 * transaction, with a link to the report's page in the portal behind the officials' login.
 * No text of the reporter's, no name, no address: the reference and the deadline say enough.
 */
@Injectable()
export class OfficialMailer {
  constructor(
    private readonly mailboxes: DepartmentMailboxes,
    private readonly outbox: MailOutbox,
    private readonly env: LoketEnv,
  ) {}

  landedInQueue(manager: Tx, report: ReportForOfficials, _now: Date): Promise<void> {
    return this.send(manager, report, MAILS.landed);
  }

  reporterReplied(manager: Tx, report: ReportForOfficials): Promise<void> {
    return this.send(manager, report, MAILS.replied);
  }

  deadlineNear(manager: Tx, report: ReportForOfficials): Promise<void> {
    return this.send(manager, report, MAILS.deadline);
  }

  private async send(manager: Tx, report: ReportForOfficials, mail: (typeof MAILS)[keyof typeof MAILS]): Promise<void> {
    const to = this.mailboxes.of(report.triage?.department);
    if (!to) return;
    const url = `${this.env.PUBLIC_BASE_URL.replace(/\/$/, '')}/behandelen/${report.reference}`;
    const { reference } = report;
    const text = mailText(OFFICIALS_LANGUAGE, mail.body, SEPARATOR, (lang) => ({ reference, url, answerBy: longDate(report.answerBy, lang) }));
    await this.outbox.enqueue(manager, { to, kind: mail.kind, subject: mailSubject(OFFICIALS_LANGUAGE, mail.subject, { reference }), text: `${text}\n` });
  }
}
