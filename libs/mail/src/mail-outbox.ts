import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';

/**
 * In which order queued mails leave (lower first):
 * - `waiting`: a person just did something and waits for this mail before they can go on — the
 *   acknowledgement with the tracking link, a confirmation link, a new link, and the mails sent
 *   *instead of* a confirmation (they must leave as fast as the one they replace, or the delay tells
 *   who already responded);
 * - `notice`: one mail about one change to one person's case (a question, an outcome) — the default,
 *   so a new kind of mail never jumps the queue nor waits behind a mass mailing unless it says so;
 * - `bulk`: one change mailed to many people (a consultation report to every respondent).
 */
export type MailPriority = 'waiting' | 'notice' | 'bulk';

/** The value stored in mail_outbox.priority (smallint, lower is sent first). */
export const MAIL_PRIORITY: Readonly<Record<MailPriority, number>> = { waiting: 0, notice: 1, bulk: 2 };

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** What the mail is about, for logs and metrics (never the address): e.g. `loket.acknowledgement`. */
  kind: string;
  /** Defaults to `notice`; see MailPriority. */
  priority?: MailPriority;
}

export const MAIL_CHANNEL = 'pb_mail';

/** Queues a mail in the caller's transaction: sending never blocks or fails the request. */
@Injectable()
export class MailOutbox {
  async enqueue(manager: EntityManager, mail: OutgoingMail): Promise<string> {
    const id = randomUUID();
    await manager.query(
      `INSERT INTO mail_outbox (id, to_address, subject, text_body, html_body, kind, priority) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [id, mail.to, mail.subject, mail.text, mail.html ?? null, mail.kind, MAIL_PRIORITY[mail.priority ?? 'notice']],
    );
    await manager.query(`SELECT pg_notify($1, '')`, [MAIL_CHANNEL]);
    return id;
  }
}
