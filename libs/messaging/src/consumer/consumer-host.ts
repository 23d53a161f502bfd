import { DomainError } from '@pb/kernel';
import {
  EventEnvelope,
  IntegrationEventClass,
  deadLetterTopic,
  eventKey,
  validateEnvelope,
  validatePayload,
} from '@pb/contracts';
import { RequestContext, correlationIdFrom, eventsConsumed } from '@pb/observability';
import { isDatabaseUnavailable, isTransactionConflict } from '@pb/persistence';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import { EventBroker, ReceivedMessage, Subscription } from '../broker/event-broker';
import { DeadLetterHeaders } from '../dead-letter/dead-letter-headers';
import { withDeferredWrites } from './deferred-writes';
import { EventConsumer } from './event-consumer';

export interface ConsumerHostOptions {
  /** Consumer group and inbox name, e.g. `review.monitor`. */
  groupId: string;
  /**
   * The inbox name when it is not the group's: a replay reads with a group of its own (to start
   * from the beginning) into the live group's inbox, so the live group later skips what it applied.
   */
  inbox?: string;
  consumers: EventConsumer[];
  /** Attempts before a message goes to the dead-letter topic. */
  maxAttempts?: number;
  initialBackoffMs?: number;
  /** Most events handled in one transaction (consecutive messages of one partition; default 200). */
  maxBatch?: number;
}

export type HandleOutcome = 'handled' | 'duplicate' | 'ignored' | 'rejected' | 'dead-lettered';

class PoisonMessage extends Error {}

interface Route {
  cls: IntegrationEventClass;
  consumer: EventConsumer;
}

interface Routed {
  message: ReceivedMessage;
  envelope: EventEnvelope<object>;
  route: Route;
}

/** A conflict with another transaction is retried this often before it counts as an attempt. */
const MAX_CONFLICT_RETRIES = 20;

/**
 * Runs a consumer group: validates every message before a handler sees it, handles it exactly
 * once in effect (inbox in the same transaction), retries with backoff, and parks what still fails
 * on `<topic>.dlq` with the error so the partition goes on.
 *
 * What Kafka hands over together (consecutive messages of one partition) is handled in one
 * transaction: one inbox insert, the handlers in order, their deferred writes (`deferUntilCommit`),
 * one commit. If anything in it fails, it is rolled back and its events are handled one by one,
 * each in its own transaction with retries, so one bad event costs only itself.
 */
export class ConsumerHost {
  private subscription?: Subscription;
  private readonly routes = new Map<string, Route>();
  private readonly knownTypes = new Set<string>();
  private readonly maxAttempts: number;
  private readonly initialBackoffMs: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly broker: EventBroker,
    private readonly logger: Logger,
    private readonly options: ConsumerHostOptions,
  ) {
    for (const consumer of options.consumers) {
      for (const cls of consumer.events) {
        this.routes.set(eventKey(cls.type, cls.version), { cls, consumer });
        this.knownTypes.add(cls.type);
      }
    }
    this.maxAttempts = options.maxAttempts ?? 4;
    this.initialBackoffMs = options.initialBackoffMs ?? 200;
  }

  private get inbox(): string {
    return this.options.inbox ?? this.options.groupId;
  }

  get topics(): string[] {
    return [...new Set([...this.routes.values()].map((r) => r.cls.topic))];
  }

  async start(): Promise<void> {
    await this.broker.ensureTopics([...this.topics, ...this.topics.map(deadLetterTopic)].map((topic) => ({ topic })));
    this.subscription = await this.broker.subscribe({
      groupId: this.options.groupId,
      topics: this.topics,
      fromBeginning: true,
      maxBatch: this.options.maxBatch ?? 200,
      onBatch: async (messages) => {
        await this.processBatch(messages);
      },
    });
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
    this.subscription = undefined;
  }

  /** Handles one received message; public so tests can drive it without a broker round trip. */
  async process(message: ReceivedMessage): Promise<HandleOutcome> {
    return (await this.processBatch([message]))[0];
  }

  /**
   * Handles consecutive messages of one partition in one transaction (see the class comment);
   * returns each message's outcome, in order.
   */
  async processBatch(messages: ReceivedMessage[]): Promise<HandleOutcome[]> {
    const outcomes = new Map<ReceivedMessage, HandleOutcome>();
    const routed: Routed[] = [];
    for (const message of messages) {
      const r = await this.route(message);
      if (typeof r === 'string') outcomes.set(message, r);
      else routed.push(r);
    }
    const one = async (r: Routed, firstError?: unknown): Promise<void> => {
      outcomes.set(r.message, await this.inContext(r.envelope, () => this.handleWithRetries(r, firstError)));
    };
    let rest = routed;
    let conflicts = 0;
    while (rest.length > 1) {
      const result = await this.handleTogether(rest);
      if (result.ok) {
        result.outcomes.forEach((o, i) => outcomes.set(rest[i].message, o));
        break;
      }
      if (isTransactionConflict(result.error) && conflicts < MAX_CONFLICT_RETRIES) {
        // Rolled back for colliding with another transaction, not for any event in it: the whole
        // batch again, a little later and at a random moment (see handleWithRetries).
        await this.pauseAfterConflict(conflicts++);
        continue;
      }
      this.logger.warn(
        { group: this.options.groupId, events: rest.length, failedAt: result.failedAt, err: (result.error as Error).message },
        'an event failed in a batch; the batch is rolled back and taken apart',
      );
      if (result.failedAt < 0) {
        // Not one handler's fault (the inbox or the deferred writes): each event on its own.
        for (const r of rest) await one(r);
        return messages.map((m) => outcomes.get(m)!);
      }
      // The events before the failing one went well: together again; the failing one on its own,
      // its failed try counting as its first attempt; then the rest as a new batch.
      const before = rest.slice(0, result.failedAt);
      if (before.length === 1) await one(before[0]);
      else if (before.length) {
        const again = await this.handleTogether(before);
        if (again.ok) again.outcomes.forEach((o, i) => outcomes.set(before[i].message, o));
        else for (const r of before) await one(r);
      }
      await one(rest[result.failedAt], result.error);
      rest = rest.slice(result.failedAt + 1);
    }
    if (rest.length === 1) await one(rest[0]);
    return messages.map((m) => outcomes.get(m)!);
  }

  /** One transaction for all of `list`; on failure, which event's handler failed (-1: none of them). */
  private async handleTogether(
    list: Routed[],
  ): Promise<{ ok: true; outcomes: HandleOutcome[] } | { ok: false; failedAt: number; error: unknown }> {
    let current = -1;
    try {
      const handled = await this.dataSource.transaction((manager) =>
        withDeferredWrites(manager, async () => {
          const inserted: { event_id: string }[] = await manager.query(
            `INSERT INTO inbox_messages (consumer, event_id, event_type)
             SELECT $1, id, type FROM unnest($2::uuid[], $3::text[]) AS i(id, type)
             ON CONFLICT DO NOTHING RETURNING event_id`,
            [this.inbox, list.map((r) => r.envelope.eventId), list.map((r) => r.envelope.type)],
          );
          const firstSeen = new Set(inserted.map((row) => row.event_id));
          const fresh = list.map((r) => firstSeen.delete(r.envelope.eventId)); // false: seen before, or twice in this batch
          await this.prepare(list.filter((_, i) => fresh[i]), manager);
          for (const [i, r] of list.entries()) {
            if (!fresh[i]) continue;
            current = i;
            await this.inContext(r.envelope, () => r.route.consumer.handle(r.envelope, manager));
            current = -1;
          }
          return fresh;
        }),
      );
      return { ok: true, outcomes: list.map((r, i) => this.count(r.envelope.type, handled[i] ? 'handled' : 'duplicate')) };
    } catch (error) {
      return { ok: false, failedAt: current, error };
    }
  }

  /** Gives each consumer that asks for it its events of the batch before any handler runs (see EventConsumer.prepare). */
  private async prepare(list: Routed[], manager: EntityManager): Promise<void> {
    const byConsumer = new Map<EventConsumer, EventEnvelope<object>[]>();
    for (const r of list) {
      if (!r.route.consumer.prepare) continue;
      const events = byConsumer.get(r.route.consumer);
      if (events) events.push(r.envelope);
      else byConsumer.set(r.route.consumer, [r.envelope]);
    }
    for (const [consumer, events] of byConsumer) await consumer.prepare!(events, manager);
  }

  /**
   * Validates and routes a message without handling it: its envelope and the consumer it goes to,
   * or the outcome of one that needs no handler (another consumer's event: ignored; poison:
   * dead-lettered). For a reader that applies events its own way (the review's bulk replay).
   */
  async decode(message: ReceivedMessage): Promise<{ envelope: EventEnvelope<object>; consumer: EventConsumer } | HandleOutcome> {
    const r = await this.route(message);
    return typeof r === 'string' ? r : { envelope: r.envelope, consumer: r.route.consumer };
  }

  /** Validates and routes a message; a string is the final outcome of one that needs no handler. */
  private async route(message: ReceivedMessage): Promise<Routed | HandleOutcome> {
    try {
      const parsed = this.parse(message);
      return parsed ? { message, ...parsed } : this.count('?', 'ignored');
    } catch (err) {
      await this.deadLetter(message, err as Error, 0);
      return this.count('?', 'dead-lettered');
    }
  }

  private inContext<T>(envelope: EventEnvelope<object>, fn: () => Promise<T>): Promise<T> {
    return RequestContext.run({ correlationId: correlationIdFrom(envelope.correlationId), causationId: envelope.eventId }, fn);
  }

  private parse(message: ReceivedMessage): { envelope: EventEnvelope<object>; route: Route } | null {
    let raw: unknown;
    try {
      raw = JSON.parse(message.value?.toString('utf8') ?? '');
    } catch {
      throw new PoisonMessage('message is not JSON');
    }
    const checked = validateEnvelope(raw);
    if (!checked.ok) throw new PoisonMessage(checked.reason);
    const { type, version } = checked.envelope;
    const route = this.routes.get(eventKey(type, version));
    if (!route) {
      if (this.knownTypes.has(type)) throw new PoisonMessage(`unsupported version ${version} of ${type}`);
      return null; // another consumer's event on a shared topic
    }
    const withPayload = validatePayload(route.cls, checked.envelope);
    if (!withPayload.ok) throw new PoisonMessage(withPayload.reason);
    return { envelope: withPayload.envelope, route };
  }

  /** After the n-th conflict in a row: a random moment within a window that doubles up to 16 backoffs, so two colliding transactions part. */
  private pauseAfterConflict(n: number): Promise<void> {
    return new Promise((r) => setTimeout(r, Math.round(Math.random() * this.initialBackoffMs * 2 ** Math.min(n, 4))));
  }

  /** `firstError`: the event already failed once (in a batch); that counts as its first attempt. */
  private async handleWithRetries(routed: Routed, firstError?: unknown): Promise<HandleOutcome> {
    const { message, envelope } = routed;
    const log = this.logger.child({ group: this.options.groupId, eventId: envelope.eventId, type: envelope.type });
    const waitingSince = Date.now();
    let waits = 0;
    let conflicts = 0;
    for (let attempt = 1; ; attempt++) {
      let err: unknown = attempt === 1 ? firstError : undefined;
      firstError = undefined; // used once, even when a database wait repeats attempt 1
      if (err === undefined) {
        const result = await this.handleTogether([routed]);
        if (result.ok) return result.outcomes[0];
        err = result.error;
      }
      if (isDatabaseUnavailable(err)) {
        // The database is restarting or away: not this event's fault, so no attempt is used up and
        // nothing is dead-lettered. The event waits; after five minutes the batch fails and Kafka
        // delivers it again once the consumer restarts.
        if (Date.now() - waitingSince > 300000) throw err;
        const delay = Math.min(5000, this.initialBackoffMs * 2 ** waits++);
        log.warn({ delay, err: (err as Error).message }, 'database unavailable; the event waits');
        await new Promise((r) => setTimeout(r, delay));
        attempt--;
        continue;
      }
      if (isTransactionConflict(err) && conflicts < MAX_CONFLICT_RETRIES) {
        // A deadlock or serialization failure with another consumer's transaction (the review's
        // projections run side by side): PostgreSQL rolled this one back; run it again, a little
        // later and at a random moment, without using up an attempt.
        log.warn({ conflicts, err: (err as Error).message }, 'transaction conflict; the event runs again');
        await this.pauseAfterConflict(conflicts++);
        attempt--;
        continue;
      }
      if (err instanceof DomainError) {
        // A business rejection will not change on retry: record it and go on.
        log.warn({ code: err.code }, 'event rejected by a business rule');
        await this.dataSource.query(
          `INSERT INTO inbox_messages (consumer, event_id, event_type) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
          [this.inbox, envelope.eventId, envelope.type],
        );
        return this.count(envelope.type, 'rejected');
      }
      if (attempt >= this.maxAttempts) {
        log.error({ attempt, err: (err as Error).message }, 'event failed after retries; dead-lettered');
        await this.deadLetter(message, err as Error, attempt);
        return this.count(envelope.type, 'dead-lettered');
      }
      const delay = this.initialBackoffMs * 2 ** (attempt - 1);
      log.warn({ attempt, delay, err: (err as Error).message }, 'event failed; retrying');
      await new Promise((r) => setTimeout(r, delay));
    }
  }

  private async deadLetter(message: ReceivedMessage, err: Error, attempts: number): Promise<void> {
    this.logger.error({ group: this.options.groupId, topic: message.topic, offset: message.offset, err: err.message }, 'message dead-lettered');
    await this.broker.publish(deadLetterTopic(message.topic), [
      {
        key: message.key ?? '',
        value: message.value ?? Buffer.alloc(0),
        headers: {
          ...message.headers,
          [DeadLetterHeaders.error]: err.message.slice(0, 2000),
          [DeadLetterHeaders.originalTopic]: message.topic,
          [DeadLetterHeaders.originalPartition]: String(message.partition),
          [DeadLetterHeaders.originalOffset]: message.offset,
          [DeadLetterHeaders.consumerGroup]: this.options.groupId,
          [DeadLetterHeaders.attempts]: String(attempts),
          [DeadLetterHeaders.failedAt]: new Date().toISOString(),
        },
      },
    ]);
  }

  private count(type: string, outcome: HandleOutcome): HandleOutcome {
    eventsConsumed.inc({ group: this.options.groupId, type, outcome });
    return outcome;
  }
}
