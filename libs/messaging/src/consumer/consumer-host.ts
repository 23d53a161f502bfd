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
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { EventBroker, ReceivedMessage, Subscription } from '../broker/event-broker';
import { DeadLetterHeaders } from '../dead-letter/dead-letter-headers';
import { EventConsumer } from './event-consumer';

export interface ConsumerHostOptions {
  /** Consumer group and inbox name, e.g. `review.monitor`. */
  groupId: string;
  consumers: EventConsumer[];
  /** Attempts before a message goes to the dead-letter topic. */
  maxAttempts?: number;
  initialBackoffMs?: number;
}

export type HandleOutcome = 'handled' | 'duplicate' | 'ignored' | 'rejected' | 'dead-lettered';

class PoisonMessage extends Error {}

/**
 * Runs a consumer group: validates every message before a handler sees it, handles it exactly
 * once in effect (inbox in the same transaction), retries with backoff, and parks what still fails
 * on `<topic>.dlq` with the error so the partition goes on.
 */
export class ConsumerHost {
  private subscription?: Subscription;
  private readonly routes = new Map<string, { cls: IntegrationEventClass; consumer: EventConsumer }>();
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

  get topics(): string[] {
    return [...new Set([...this.routes.values()].map((r) => r.cls.topic))];
  }

  async start(): Promise<void> {
    await this.broker.ensureTopics([...this.topics, ...this.topics.map(deadLetterTopic)].map((topic) => ({ topic })));
    this.subscription = await this.broker.subscribe({
      groupId: this.options.groupId,
      topics: this.topics,
      fromBeginning: true,
      onMessage: async (message) => {
        await this.process(message);
      },
    });
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
    this.subscription = undefined;
  }

  /** Handles one received message; public so tests can drive it without a broker round trip. */
  async process(message: ReceivedMessage): Promise<HandleOutcome> {
    let envelope: EventEnvelope<object>;
    let route: { cls: IntegrationEventClass; consumer: EventConsumer } | undefined;
    try {
      const parsed = this.parse(message);
      if (!parsed) return this.count('?', 'ignored');
      ({ envelope, route } = parsed);
    } catch (err) {
      await this.deadLetter(message, err as Error, 0);
      return this.count('?', 'dead-lettered');
    }
    const correlationId = correlationIdFrom(envelope.correlationId);
    return RequestContext.run({ correlationId, causationId: envelope.eventId }, () => this.handleWithRetries(message, envelope, route!));
  }

  private parse(message: ReceivedMessage): { envelope: EventEnvelope<object>; route: { cls: IntegrationEventClass; consumer: EventConsumer } } | null {
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

  private async handleWithRetries(
    message: ReceivedMessage,
    envelope: EventEnvelope<object>,
    route: { cls: IntegrationEventClass; consumer: EventConsumer },
  ): Promise<HandleOutcome> {
    const log = this.logger.child({ group: this.options.groupId, eventId: envelope.eventId, type: envelope.type });
    for (let attempt = 1; ; attempt++) {
      try {
        const fresh = await this.dataSource.transaction(async (manager) => {
          const inserted: unknown[] = await manager.query(
            `INSERT INTO inbox_messages (consumer, event_id, event_type) VALUES ($1, $2, $3)
             ON CONFLICT DO NOTHING RETURNING event_id`,
            [this.options.groupId, envelope.eventId, envelope.type],
          );
          if (!inserted.length) return false;
          await route.consumer.handle(envelope, manager);
          return true;
        });
        log.debug({ attempt }, fresh ? 'event handled' : 'duplicate event absorbed');
        return this.count(envelope.type, fresh ? 'handled' : 'duplicate');
      } catch (err) {
        if (err instanceof DomainError) {
          // A business rejection will not change on retry: record it and go on.
          log.warn({ code: err.code }, 'event rejected by a business rule');
          await this.dataSource.query(
            `INSERT INTO inbox_messages (consumer, event_id, event_type) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
            [this.options.groupId, envelope.eventId, envelope.type],
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
