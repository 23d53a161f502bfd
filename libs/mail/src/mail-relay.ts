import nodemailer, { Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';

export interface MailRelayOptions {
  smtpUrl: string;
  from: string;
  pollIntervalMs?: number;
  maxAttempts?: number;
}

interface MailRow {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  kind: string;
  attempts: number;
}

/** SMTP errors quote the recipient ("550 <a@b.nl>: unknown user"): no address goes to a log or a row. */
export const withoutAddresses = (message: string): string => message.replace(/[^\s<>"']+@[^\s<>"']+/g, '<address>');

/**
 * Sends queued mails over SMTP, then strips the sent row to its delivery record (id, kind,
 * attempts, timestamps): no address, subject or body outlives the sending. A failure is retried
 * with exponential backoff (30 s, 1 min, 2 min …) up to `maxAttempts`; the row keeps the last
 * error (and its address and body) so nothing is silently lost, until retention removes it.
 */
export class MailRelay {
  private readonly transport: Transporter;
  private timer?: NodeJS.Timeout;
  private busy = false;
  private stopped = true;

  constructor(
    private readonly dataSource: DataSource,
    private readonly logger: Logger,
    private readonly options: MailRelayOptions,
  ) {
    this.transport = nodemailer.createTransport(options.smtpUrl);
  }

  start(): void {
    this.stopped = false;
    const tick = (): void => {
      if (this.stopped) return;
      void this.sendDue().finally(() => {
        if (!this.stopped) this.timer = setTimeout(tick, this.options.pollIntervalMs ?? 500);
      });
    };
    tick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    while (this.busy) await new Promise((r) => setTimeout(r, 10));
    this.transport.close();
  }

  /** Sends every due mail once; returns how many went out. */
  async sendDue(limit = 50): Promise<number> {
    if (this.busy) return 0;
    this.busy = true;
    let sent = 0;
    try {
      const maxAttempts = this.options.maxAttempts ?? 10;
      // TypeORM answers an UPDATE … RETURNING on PostgreSQL with [rows, affectedCount], not the rows.
      const claimed: [MailRow[], number] | MailRow[] = await this.dataSource.query(
        `UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = now() + interval '5 minutes'
          WHERE id IN (SELECT id FROM mail_outbox WHERE sent_at IS NULL AND attempts < $2 AND next_attempt_at <= now()
                        ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED)
          RETURNING id, to_address, subject, text_body, html_body, kind, attempts`,
        [limit, maxAttempts],
      );
      const rows: MailRow[] = Array.isArray(claimed[0]) ? (claimed[0] as MailRow[]) : (claimed as MailRow[]);
      for (const row of rows) {
        try {
          await this.transport.sendMail({ from: this.options.from, to: row.to_address, subject: row.subject, text: row.text_body, html: row.html_body ?? undefined });
          // Once sent, the address and the body (tracking links with their tokens) have done their work:
          // only the delivery record stays, until retention deletes it (mailRetention).
          await this.dataSource.query(
            `UPDATE mail_outbox SET sent_at = now(), last_error = NULL, to_address = NULL, subject = NULL, text_body = NULL, html_body = NULL WHERE id = $1`,
            [row.id],
          );
          sent++;
        } catch (err) {
          const error = withoutAddresses((err as Error).message).slice(0, 500);
          const backoffSeconds = Math.min(30 * 2 ** (row.attempts - 1), 3600);
          await this.dataSource.query(
            `UPDATE mail_outbox SET last_error = $2, next_attempt_at = now() + make_interval(secs => $3) WHERE id = $1`,
            [row.id, error, backoffSeconds],
          );
          this.logger.warn({ mailId: row.id, kind: row.kind, attempt: row.attempts, err: error }, 'mail not sent; will retry');
        }
      }
    } catch (err) {
      this.logger.error({ err: (err as Error).message }, 'mail relay failed');
    } finally {
      this.busy = false;
    }
    return sent;
  }
}
