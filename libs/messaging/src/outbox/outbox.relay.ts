import { Client } from 'pg';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { eventsPublished } from '@pb/observability';
import { EventBroker } from '../broker/event-broker';
import { OUTBOX_CHANNEL } from './outbox.writer';

export interface OutboxRelayOptions {
  batchSize?: number;
  /** Polling fallback when no NOTIFY arrives (e.g. a NOTIFY lost while reconnecting). */
  pollIntervalMs?: number;
  /** Key of the advisory lock that lets one relay per database publish, which keeps order. */
  lockKey?: number;
}

interface OutboxRow {
  position: string;
  topic: string;
  message_key: string;
  envelope: unknown;
  headers: Record<string, string>;
}

/**
 * Publishes outbox rows to Kafka in order and marks them sent. At-least-once by design: a relay
 * that dies after the broker acknowledged but before the commit publishes the rows again, and
 * consumers absorb the duplicate through their inbox.
 */
export class OutboxRelay {
  private timer?: NodeJS.Timeout;
  private listener?: Client;
  private running = false;
  private again = false;
  private stopped = true;
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly lockKey: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly broker: EventBroker,
    private readonly logger: Logger,
    options: OutboxRelayOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 500;
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.lockKey = options.lockKey ?? 7_420_001;
  }

  async start(connectionString?: string): Promise<void> {
    this.stopped = false;
    if (connectionString) {
      try {
        this.listener = new Client({ connectionString });
        this.listener.on('notification', () => this.kick());
        this.listener.on('error', (err) => this.logger.warn({ err: err.message }, 'outbox listener lost; polling goes on'));
        await this.listener.connect();
        await this.listener.query(`LISTEN ${OUTBOX_CHANNEL}`);
      } catch (err) {
        this.logger.warn({ err: (err as Error).message }, 'outbox LISTEN unavailable; polling only');
      }
    }
    const tick = (): void => {
      if (this.stopped) return;
      this.kick();
      this.timer = setTimeout(tick, this.pollIntervalMs);
    };
    tick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    while (this.running) await new Promise((r) => setTimeout(r, 10));
    await this.listener?.end().catch(() => undefined);
    this.listener = undefined;
  }

  /** Runs a drain now, or once more right after the one under way. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    void this.drain()
      .catch((err: Error) => this.logger.error({ err: err.message }, 'outbox relay failed; will retry'))
      .finally(() => {
        this.running = false;
        if (this.again && !this.stopped) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Publishes until nothing is pending. Returns how many rows it published. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const published = await this.publishBatch();
      total += published;
      if (published < this.batchSize) return total;
    }
  }

  /** One batch in one transaction: claim, produce, mark sent. */
  async publishBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const [{ locked }] = await manager.query(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [this.lockKey]);
      if (!locked) return 0;
      const rows: OutboxRow[] = await manager.query(
        `SELECT position, topic, message_key, envelope, headers FROM outbox_messages
          WHERE sent_at IS NULL ORDER BY position LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.batchSize],
      );
      if (!rows.length) return 0;
      const byTopic = new Map<string, OutboxRow[]>();
      for (const row of rows) byTopic.set(row.topic, [...(byTopic.get(row.topic) ?? []), row]);
      for (const [topic, topicRows] of byTopic) {
        await this.broker.publish(
          topic,
          topicRows.map((r) => ({ key: r.message_key, value: JSON.stringify(r.envelope), headers: r.headers })),
        );
        eventsPublished.inc({ topic }, topicRows.length);
      }
      await manager.query(`UPDATE outbox_messages SET sent_at = now() WHERE position = ANY($1::bigint[])`, [
        rows.map((r) => r.position),
      ]);
      return rows.length;
    });
  }

  /** Rows not yet published (for readiness and metrics). */
  async pending(): Promise<number> {
    const [{ count }] = await this.dataSource.query(`SELECT count(*)::int AS count FROM outbox_messages WHERE sent_at IS NULL`);
    return count;
  }
}
