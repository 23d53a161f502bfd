import { Client } from 'pg';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { eventsParked, eventsPublished, parkedEvents } from '@pb/observability';
import { LibraryLocks } from '@pb/persistence';
import { BrokerMessage, EventBroker, PublishRefusedError } from '../broker/event-broker';
import { OUTBOX_CHANNEL } from './outbox.writer';

export interface OutboxRelayOptions {
  batchSize?: number;
  /** Polling fallback when no NOTIFY arrives (e.g. a NOTIFY lost while reconnecting). */
  pollIntervalMs?: number;
  /** Key of the advisory lock that lets one relay per database publish, which keeps order (default: LibraryLocks.outboxRelay). */
  lockKey?: number;
}

interface OutboxRow {
  position: string;
  topic: string;
  message_key: string;
  envelope: unknown;
  headers: Record<string, string>;
  /** Position of an earlier parked row of the same aggregate, if any. */
  held_behind: string | null;
}

const toMessage = (r: OutboxRow): BrokerMessage => ({ key: r.message_key, value: JSON.stringify(r.envelope), headers: r.headers });

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
    this.lockKey = options.lockKey ?? LibraryLocks.outboxRelay;
  }

  async start(connectionString?: string): Promise<void> {
    this.stopped = false;
    await this.refreshParkedGauge();
    if (connectionString) await this.listen(connectionString);
    const tick = (): void => {
      if (this.stopped) return;
      this.kick();
      this.timer = setTimeout(tick, this.pollIntervalMs);
    };
    tick();
  }

  /**
   * LISTEN for the writers' NOTIFY, so a committed event goes out at once rather than at the next
   * poll. A lost listener (the database restarted) is replaced after a pause; polling covers the gap.
   */
  private async listen(connectionString: string, attempt = 0): Promise<void> {
    if (this.stopped) return;
    const listener = new Client({ connectionString, connectionTimeoutMillis: 5000 });
    let replaced = false;
    const replace = (err?: Error): void => {
      if (replaced || this.stopped) return;
      replaced = true;
      this.logger.warn({ err: err?.message }, 'outbox listener lost; polling goes on, listening again shortly');
      void listener.end().catch(() => undefined);
      const timer = setTimeout(() => void this.listen(connectionString, attempt + 1), Math.min(30000, 1000 * 2 ** Math.min(attempt, 5)));
      timer.unref();
    };
    listener.on('notification', () => this.kick());
    listener.on('error', replace);
    listener.on('end', () => replace());
    this.listener = listener;
    try {
      await listener.connect();
      await listener.query(`LISTEN ${OUTBOX_CHANNEL}`);
      attempt = 0;
    } catch (err) {
      replace(err as Error);
    }
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

  /**
   * One batch in one transaction: claim, produce, mark sent — or park what Kafka refuses for good.
   *
   * Parking keeps one aggregate in order: the rows after a parked row with the same key (the
   * aggregate id, which is also the Kafka key and so the partition) are held behind it, parked as
   * well, instead of being published. Publishing them would let consumers see, say, "triaged"
   * without ever having seen "reported", and apply it to a state it was not meant for; holding
   * them costs only that one aggregate, while every other aggregate's events flow on. A re-queue
   * (ParkedEvents.requeue) releases the refused row and the rows held behind it together.
   */
  async publishBatch(): Promise<number> {
    const parkedNow: { topic: string; cause: 'refused' | 'held' }[] = [];
    const count = await this.dataSource.transaction(async (manager) => {
      const [{ locked }] = await manager.query(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [this.lockKey]);
      if (!locked) return 0;
      // Waiting on Kafka inside this transaction is by design (the lock keeps one relay, and so the
      // order); the pool's idle-in-transaction limit is for forgotten transactions, not this one.
      await manager.query(`SET LOCAL idle_in_transaction_session_timeout = 0`);
      const rows: OutboxRow[] = await manager.query(
        `SELECT o.position, o.topic, o.message_key, o.envelope, o.headers,
                (SELECT min(p.position) FROM outbox_messages p
                  WHERE p.parked_at IS NOT NULL AND p.message_key = o.message_key AND p.position < o.position) AS held_behind
           FROM outbox_messages o
          WHERE o.sent_at IS NULL AND o.parked_at IS NULL ORDER BY o.position LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.batchSize],
      );
      if (!rows.length) return 0;
      const blocked = new Map<string, string>(); // message key → position of the row it waits behind
      const park = async (row: OutboxRow, reason: string, heldBehind: string | null): Promise<void> => {
        await manager.query(`UPDATE outbox_messages SET parked_at = now(), parked_reason = $2, held_behind = $3 WHERE position = $1`, [
          row.position,
          reason.slice(0, 2000),
          heldBehind,
        ]);
        if (!blocked.has(row.message_key)) blocked.set(row.message_key, heldBehind ?? row.position);
        parkedNow.push({ topic: row.topic, cause: heldBehind ? 'held' : 'refused' });
        this.logger.error({ position: row.position, topic: row.topic, heldBehind, reason: reason.slice(0, 300) }, heldBehind ? 'outbox row held behind a parked row of its aggregate' : 'outbox row refused by Kafka for good; parked');
      };
      const holdIfBlocked = async (row: OutboxRow): Promise<boolean> => {
        const behind = row.held_behind ?? blocked.get(row.message_key) ?? null;
        if (!behind) return false;
        await park(row, `held behind parked row ${behind} of the same aggregate`, behind);
        return true;
      };
      const sent: string[] = [];
      const byTopic = new Map<string, OutboxRow[]>();
      for (const row of rows) {
        if (await holdIfBlocked(row)) continue;
        byTopic.set(row.topic, [...(byTopic.get(row.topic) ?? []), row]);
      }
      for (const [topic, topicRows] of byTopic) {
        try {
          await this.broker.publish(topic, topicRows.map(toMessage));
          sent.push(...topicRows.map((r) => r.position));
          continue;
        } catch (err) {
          if (!(err instanceof PublishRefusedError)) throw err;
        }
        // Refused, but which row? One by one, in order; a transient failure still aborts the batch.
        // Rows of other partitions in the refused send may already be stored; they go again here
        // (at least once, as after any failed send: the consumers' inbox absorbs the copy).
        for (const row of topicRows) {
          if (await holdIfBlocked(row)) continue;
          try {
            await this.broker.publish(topic, [toMessage(row)]);
            sent.push(row.position);
          } catch (err) {
            if (!(err instanceof PublishRefusedError)) throw err;
            await park(row, err.reason, null);
          }
        }
      }
      const sentSet = new Set(sent);
      for (const topic of new Set(rows.map((r) => r.topic))) {
        const n = rows.filter((r) => r.topic === topic && sentSet.has(r.position)).length;
        if (n) eventsPublished.inc({ topic }, n);
      }
      if (sent.length) await manager.query(`UPDATE outbox_messages SET sent_at = now() WHERE position = ANY($1::bigint[])`, [sent]);
      return rows.length;
    });
    // Counted after the commit: a rolled-back parking did not happen.
    for (const p of parkedNow) eventsParked.inc({ topic: p.topic, cause: p.cause });
    if (parkedNow.length) await this.refreshParkedGauge();
    return count;
  }

  /** Sets the gauge of parked rows from the table (after parking, a re-queue, and at start). */
  async refreshParkedGauge(): Promise<void> {
    try {
      const rows: { topic: string; n: number }[] = await this.dataSource.query(
        `SELECT topic, count(*)::int AS n FROM outbox_messages WHERE parked_at IS NOT NULL GROUP BY topic`,
      );
      parkedEvents.reset();
      for (const r of rows) parkedEvents.set({ topic: r.topic }, r.n);
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'could not count parked outbox rows');
    }
  }

  /** Rows not yet published (for readiness and metrics). */
  async pending(): Promise<number> {
    const [{ count }] = await this.dataSource.query(`SELECT count(*)::int AS count FROM outbox_messages WHERE sent_at IS NULL AND parked_at IS NULL`);
    return count;
  }
}
