import { randomBytes, randomUUID } from 'node:crypto';
import { BarrierReportedV1, EventEnvelope } from '@pb/contracts';
import { DomainError } from '@pb/kernel';
import { RequestContext } from '@pb/observability';
import { createTestDatabase, dropTestDatabase, testLogger } from '@pb/testing';
import { DataSource, EntityManager, MigrationInterface, QueryRunner } from 'typeorm';
import {
  BrokerMessage,
  ConsumerHost,
  EventBroker,
  EventConsumer,
  MessagingTables1763900000000,
  OutboxParking1764600000000,
  OutboxRelay,
  OutboxWriter,
  ReceivedMessage,
  SubscribeOptions,
  Subscription,
  TopicSpec,
  createEvent,
} from '../../src';
import { KafkaEventBroker } from '../../src/broker/kafka-event-broker';

/** Tables of the tiny test service: what a command changes and what a consumer's effect leaves. */
export class MessagingTestTables1763900000999 implements MigrationInterface {
  name = 'MessagingTestTables1763900000999';
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE test_commands (id uuid PRIMARY KEY, title text NOT NULL)`);
    // No unique constraint on event_id on purpose: a second effect of one event must be visible.
    await q.query(`
      CREATE TABLE test_effects (
        id             bigserial PRIMARY KEY,
        consumer       text NOT NULL,
        event_id       uuid NOT NULL,
        title          text NOT NULL,
        correlation_id text,
        causation_id   text
      )`);
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE test_effects`);
    await q.query(`DROP TABLE test_commands`);
  }
}

export const TOPIC = BarrierReportedV1.topic;

// Group joins and retries take seconds on a shared broker (the project-level testTimeout is not applied).
jest.setTimeout(90000);
export const logger = testLogger('messaging');

export async function openDatabase(): Promise<{ name: string; ds: DataSource }> {
  const db = await createTestDatabase('messaging', [MessagingTables1763900000000, OutboxParking1764600000000, MessagingTestTables1763900000999]);
  const ds = new DataSource({ type: 'postgres', url: db.url, poolSize: 5 });
  await ds.initialize();
  return { name: db.name, ds };
}

export async function closeDatabase(db: { name: string; ds: DataSource } | undefined): Promise<void> {
  if (!db) return;
  await db.ds.destroy().catch(() => undefined);
  await dropTestDatabase(db.name);
}

/** A broker on the shared test cluster with topics of its own (a fresh prefix per test). */
export function newBroker(): KafkaEventBroker {
  return new KafkaEventBroker({
    clientId: 'messaging-int',
    brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','),
    topicPrefix: `t-${randomBytes(4).toString('hex')}.`,
    replicationFactor: 1,
    partitions: 3,
    logger,
  });
}

let sequence = 0;
/** A valid BarrierReported payload; `title` steers the test consumer. */
export function aBarrierReported(title: string, aggregateId: string = randomUUID()): EventEnvelope<BarrierReportedV1> {
  sequence++;
  return createEvent(
    BarrierReportedV1,
    {
      reportId: aggregateId,
      reference: `LKT-2026-${String(sequence).padStart(6, '0')}`,
      title,
      regulation: { name: 'Wet luchtvaart', article: '3.1', bwbId: 'BWBR0005555' },
      technology: 'drones',
      sector: 'H',
      companySizeClass: 'small',
      reporterId: randomUUID(),
      publishConsent: false,
      reportedAt: '2026-11-23T10:00:00.000Z',
      triageBy: '2026-11-30',
      answerBy: '2026-12-21',
    },
    { aggregateId, aggregateVersion: 1, actor: { role: 'reporter', id: randomUUID() } },
  );
}

/** A command of the test service: saves state and its event in one transaction, or neither. */
export async function runCommand(ds: DataSource, writer: OutboxWriter, event: EventEnvelope<BarrierReportedV1>, failAfterAppend = false): Promise<void> {
  await ds.transaction(async (manager) => {
    await manager.query(`INSERT INTO test_commands (id, title) VALUES ($1, $2)`, [event.eventId, event.payload.title]);
    await writer.append(manager, [event]);
    if (failAfterAppend) throw new Error('business check failed after the event was appended');
  });
}

export class RejectedByRule extends DomainError {
  readonly code = 'test.rejected';
  readonly kind = 'conflict' as const;
  constructor() {
    super('errors:test.rejected-by-a-rule');
  }
}

/**
 * The test consumer: writes one effect row per event it handles. Titles starting with `FAIL` throw
 * while `broken` is set (a bug that gets fixed); titles starting with `REJECT` break a business rule.
 */
export class EffectConsumer implements EventConsumer {
  readonly events = [BarrierReportedV1];
  broken = true;
  readonly calls: string[] = [];

  constructor(private readonly name: string) {}

  async handle(event: EventEnvelope<object>, manager: EntityManager): Promise<void> {
    const payload = event.payload as BarrierReportedV1;
    this.calls.push(event.eventId);
    if (payload.title.startsWith('FAIL') && this.broken) throw new Error('handler bug: cannot handle FAIL');
    if (payload.title.startsWith('REJECT')) throw new RejectedByRule();
    const ctx = RequestContext.current();
    await manager.query(
      `INSERT INTO test_effects (consumer, event_id, title, correlation_id, causation_id) VALUES ($1, $2, $3, $4, $5)`,
      [this.name, event.eventId, payload.title, ctx?.correlationId ?? null, ctx?.causationId ?? null],
    );
  }
}

export function newConsumerHost(ds: DataSource, broker: EventBroker, consumer: EffectConsumer, groupId: string): ConsumerHost {
  return new ConsumerHost(ds, broker, logger, { groupId, consumers: [consumer], maxAttempts: 3, initialBackoffMs: 20 });
}

export async function effects(ds: DataSource, consumer: string): Promise<{ event_id: string; title: string; correlation_id: string; causation_id: string }[]> {
  return ds.query(`SELECT event_id, title, correlation_id, causation_id FROM test_effects WHERE consumer = $1 ORDER BY id`, [consumer]);
}

export async function inboxRows(ds: DataSource, consumer: string): Promise<{ event_id: string }[]> {
  return ds.query(`SELECT event_id FROM inbox_messages WHERE consumer = $1`, [consumer]);
}

/** Reads a topic raw, from the beginning, in a group of its own: what is really on Kafka. */
export async function tap(broker: EventBroker, topic: string): Promise<{ messages: ReceivedMessage[]; stop: () => Promise<void> }> {
  const messages: ReceivedMessage[] = [];
  await broker.ensureTopics([{ topic }]);
  const sub = await broker.subscribe({ groupId: `tap-${randomUUID()}`, topics: [topic], fromBeginning: true, onMessage: async (m) => void messages.push(m) });
  return { messages, stop: () => sub.stop() };
}

export const eventIdOf = (m: ReceivedMessage): string | undefined => {
  try {
    return JSON.parse(m.value?.toString('utf8') ?? '').eventId;
  } catch {
    return undefined;
  }
};

/** Delegates to a real broker; `crashAfterNextPublish` makes one publish succeed and then throw. */
export class CrashingBroker extends EventBroker {
  crashAfterNextPublish = false;
  constructor(private readonly inner: EventBroker) {
    super();
  }
  async publish(topic: string, messages: BrokerMessage[]): Promise<void> {
    await this.inner.publish(topic, messages);
    if (this.crashAfterNextPublish) {
      this.crashAfterNextPublish = false;
      throw new Error('simulated crash');
    }
  }
  subscribe(options: SubscribeOptions): Promise<Subscription> {
    return this.inner.subscribe(options);
  }
  ensureTopics(topics: TopicSpec[]): Promise<void> {
    return this.inner.ensureTopics(topics);
  }
  ping(): Promise<{ brokers: number }> {
    return this.inner.ping();
  }
  disconnect(): Promise<void> {
    return this.inner.disconnect();
  }
}

export const newRelay = (ds: DataSource, broker: EventBroker): OutboxRelay => new OutboxRelay(ds, broker, logger);
