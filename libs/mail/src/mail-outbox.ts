import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** What the mail is about, for logs and metrics (never the address): e.g. `loket.acknowledgement`. */
  kind: string;
}

export const MAIL_CHANNEL = 'pb_mail';

/** Queues a mail in the caller's transaction: sending never blocks or fails the request. */
@Injectable()
export class MailOutbox {
  async enqueue(manager: EntityManager, mail: OutgoingMail): Promise<string> {
    const id = randomUUID();
    await manager.query(
      `INSERT INTO mail_outbox (id, to_address, subject, text_body, html_body, kind) VALUES ($1, $2, $3, $4, $5, $6)`,
      [id, mail.to, mail.subject, mail.text, mail.html ?? null, mail.kind],
    );
    await manager.query(`SELECT pg_notify($1, '')`, [MAIL_CHANNEL]);
    return id;
  }
}
