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
  /**
   * Extra header lines, name → value (e.g. `List-Unsubscribe`). Only names a mail client reads for
   * a purpose; the relay sets the addressing and content headers itself and refuses to override them.
   */
  headers?: Readonly<Record<string, string>>;
}

/** Headers the relay writes itself: a producer's header may not replace one of them. */
const RESERVED_HEADERS = new Set(['from', 'to', 'cc', 'bcc', 'subject', 'reply-to', 'sender', 'date', 'message-id', 'content-type', 'content-transfer-encoding', 'mime-version']);

/** The producer's extra headers, checked: no reserved name, no line break (header injection). */
export function extraHeaders(headers: Readonly<Record<string, string>> | undefined): Record<string, string> | null {
  if (!headers || !Object.keys(headers).length) return null;
  for (const [name, value] of Object.entries(headers)) {
    if (!/^[A-Za-z0-9-]+$/.test(name) || RESERVED_HEADERS.has(name.toLowerCase())) throw new Error(`mail header not allowed: ${name}`);
    if (/[\r\n]/.test(value)) throw new Error(`mail header ${name} holds a line break`);
  }
  return { ...headers };
}

export const MAIL_CHANNEL = 'pb_mail';

/** Queues a mail in the caller's transaction: sending never blocks or fails the request. */
@Injectable()
export class MailOutbox {
  async enqueue(manager: EntityManager, mail: OutgoingMail): Promise<string> {
    const id = randomUUID();
    await manager.query(
      `INSERT INTO mail_outbox (id, to_address, subject, text_body, html_body, kind, priority, headers) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [id, mail.to, mail.subject, mail.text, mail.html ?? null, mail.kind, MAIL_PRIORITY[mail.priority ?? 'notice'], extraHeaders(mail.headers)],
    );
    await manager.query(`SELECT pg_notify($1, '')`, [MAIL_CHANNEL]);
    return id;
  }
}
