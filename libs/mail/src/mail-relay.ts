import nodemailer, { Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';

export interface MailRelayOptions {
  smtpUrl: string;
  from: string;
  pollIntervalMs?: number;
  maxAttempts?: number;
  /** Rows claimed per round trip; a relay keeps claiming while the queue is full. */
  batchSize?: number;
  /**
   * Open SMTP connections per relay (nodemailer's pool; default 10); an `?maxConnections=` in SMTP_URL
   * wins. Each connection carries one mail at a time, so throughput grows with them: against a bare
   * SMTP server 5 gave 105 mails/s, 10 gave 191, 20 gave 362 (`npm run bench:mail`). 10 keeps one relay
   * above the 130 confirmations/s of issue 14's load, and within what mail servers allow one client.
   */
  maxConnections?: number;
  /** How long a claimed row belongs to this relay before another may take it (a relay that died mid-batch). */
  leaseSeconds?: number;
}

interface MailRow {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  kind: string;
  attempts: number;
  headers: Record<string, string> | null;
}

/** SMTP errors quote the recipient ("550 <a@b.nl>: unknown user"): no address goes to a log or a row. */
export const withoutAddresses = (message: string): string => message.replace(/[^\s<>"']+@[^\s<>"']+/g, '<address>');

/**
 * The SMTP URL with nodemailer's pool switched on: a connection is opened once and carries many
 * mails (up to maxMessages) instead of one TCP + TLS + EHLO per mail. Settings already in the URL
 * (an operator's `?pool=false` or `?maxConnections=2`) are kept.
 */
export function pooledSmtpUrl(smtpUrl: string, maxConnections: number): string {
  const url = new URL(smtpUrl);
  if (!url.searchParams.has('pool')) url.searchParams.set('pool', 'true');
  if (!url.searchParams.has('maxConnections')) url.searchParams.set('maxConnections', String(maxConnections));
  if (!url.searchParams.has('maxMessages')) url.searchParams.set('maxMessages', '500');
  // A batch waits for its slowest mail: a connection gone silent must fail within a minute (and be
  // retried) rather than hold every mail behind it for nodemailer's default ten.
  if (!url.searchParams.has('socketTimeout')) url.searchParams.set('socketTimeout', '60000');
  return url.toString();
}

/**
 * Sends queued mails over SMTP, then strips the sent row to its delivery record (id, kind,
 * attempts, timestamps): no address, subject or body outlives the sending. A failure is retried
 * with exponential backoff (30 s, 1 min, 2 min …) up to `maxAttempts`; the row keeps the last
 * error (and its address and body) so nothing is silently lost, until retention removes it.
 *
 * Throughput: a batch of rows is claimed in one statement (`FOR UPDATE SKIP LOCKED`, committed
 * with a lease in next_attempt_at), so relays in several replicas take disjoint batches and never
 * send a mail twice while they live; the batch goes out in parallel over pooled SMTP connections;
 * the outcome is written back in two statements (sent, failed) rather than one per mail. A relay
 * that dies after sending and before marking leaves its batch to be sent again when the lease ends:
 * at least once, never zero times. Rows are claimed by priority, then age (MailPriority).
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
    this.transport = nodemailer.createTransport(pooledSmtpUrl(options.smtpUrl, options.maxConnections ?? 10));
  }

  start(): void {
    this.stopped = false;
    const tick = (): void => {
      if (this.stopped) return;
      void this.drain().finally(() => {
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

  /** Sends batches until the queue holds no full batch of due mails (a backlog goes out without waiting a poll interval per batch). */
  async drain(): Promise<number> {
    const batchSize = this.options.batchSize ?? 100;
    let total = 0;
    for (;;) {
      const { claimed, sent } = await this.sendBatch(batchSize);
      total += sent;
      if (claimed < batchSize || this.stopped) return total;
    }
  }

  /** Sends one batch of due mails; returns how many went out. */
  async sendDue(limit = this.options.batchSize ?? 100): Promise<number> {
    return (await this.sendBatch(limit)).sent;
  }

  private async sendBatch(limit: number): Promise<{ claimed: number; sent: number }> {
    if (this.busy) return { claimed: 0, sent: 0 };
    this.busy = true;
    try {
      const rows = await this.claim(limit);
      if (!rows.length) return { claimed: 0, sent: 0 };
      const results = await Promise.allSettled(
        rows.map((row) =>
          this.transport.sendMail({ from: this.options.from, to: row.to_address, subject: row.subject, text: row.text_body, html: row.html_body ?? undefined, headers: row.headers ?? undefined }),
        ),
      );
      const sentIds: string[] = [];
      const failed: { row: MailRow; error: string }[] = [];
      results.forEach((r, i) => {
        if (r.status === 'fulfilled') sentIds.push(rows[i].id);
        else failed.push({ row: rows[i], error: withoutAddresses((r.reason as Error).message ?? String(r.reason)).slice(0, 500) });
      });
      await this.markSent(sentIds);
      await this.markFailed(failed);
      return { claimed: rows.length, sent: sentIds.length };
    } catch (err) {
      this.logger.error({ err: (err as Error).message }, 'mail relay failed');
      return { claimed: 0, sent: 0 };
    } finally {
      this.busy = false;
    }
  }

  private async claim(limit: number): Promise<MailRow[]> {
    // TypeORM answers an UPDATE … RETURNING on PostgreSQL with [rows, affectedCount], not the rows.
    const claimed: [MailRow[], number] | MailRow[] = await this.dataSource.query(
      `UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => $3)
        WHERE id IN (SELECT id FROM mail_outbox WHERE sent_at IS NULL AND attempts < $2 AND next_attempt_at <= now()
                      ORDER BY priority, created_at LIMIT $1 FOR UPDATE SKIP LOCKED)
        RETURNING id, to_address, subject, text_body, html_body, kind, attempts, headers`,
      [limit, this.options.maxAttempts ?? 10, this.options.leaseSeconds ?? 300],
    );
    return Array.isArray(claimed[0]) ? (claimed[0] as MailRow[]) : (claimed as MailRow[]);
  }

  private async markSent(ids: string[]): Promise<void> {
    if (!ids.length) return;
    // Once sent, the address, the body and the headers (links with their tokens) have done their work:
    // only the delivery record stays, until retention deletes it (mailRetention).
    await this.dataSource.query(
      `UPDATE mail_outbox SET sent_at = now(), last_error = NULL, to_address = NULL, subject = NULL, text_body = NULL, html_body = NULL, headers = NULL WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }

  private async markFailed(failed: { row: MailRow; error: string }[]): Promise<void> {
    if (!failed.length) return;
    await this.dataSource.query(
      `UPDATE mail_outbox m SET last_error = f.error, next_attempt_at = now() + make_interval(secs => f.backoff)
         FROM unnest($1::uuid[], $2::text[], $3::int[]) AS f(id, error, backoff) WHERE m.id = f.id`,
      [failed.map((f) => f.row.id), failed.map((f) => f.error), failed.map((f) => Math.min(30 * 2 ** (f.row.attempts - 1), 3600))],
    );
    for (const { row, error } of failed) this.logger.warn({ mailId: row.id, kind: row.kind, attempt: row.attempts, err: error }, 'mail not sent; will retry');
  }
}
