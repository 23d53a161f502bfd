import { RequestContext } from '@pb/observability';
import { waitFor } from '@pb/testing';
import { DataSource } from 'typeorm';
import { ConsumerHost, OutboxWriter } from '../../src';
import { KafkaEventBroker } from '../../src/broker/kafka-event-broker';
import {
  CrashingBroker,
  EffectConsumer,
  TOPIC,
  aBarrierReported,
  closeDatabase,
  effects,
  eventIdOf,
  inboxRows,
  newBroker,
  newConsumerHost,
  newRelay,
  openDatabase,
  runCommand,
  tap,
} from './harness';

describe('transactional outbox and relay (real PostgreSQL and Kafka)', () => {
  let db: { name: string; ds: DataSource };
  let broker: KafkaEventBroker;
  let host: ConsumerHost | undefined;
  let tapped: Awaited<ReturnType<typeof tap>> | undefined;
  const writer = new OutboxWriter();

  beforeAll(async () => {
    db = await openDatabase();
  });
  beforeEach(() => {
    broker = newBroker();
  });
  afterEach(async () => {
    await host?.stop();
    await tapped?.stop();
    host = tapped = undefined;
    await broker.disconnect();
  });
  afterAll(() => closeDatabase(db));

  it('publishes nothing for a command whose transaction rolls back', async () => {
    const relay = newRelay(db.ds, broker);
    await broker.ensureTopics([{ topic: TOPIC }]);
    const rolledBack = aBarrierReported('rolled back');
    await expect(runCommand(db.ds, writer, rolledBack, true)).rejects.toThrow('business check failed');

    expect(await db.ds.query(`SELECT 1 FROM outbox_messages WHERE event_id = $1`, [rolledBack.eventId])).toHaveLength(0);
    expect(await db.ds.query(`SELECT 1 FROM test_commands WHERE id = $1`, [rolledBack.eventId])).toHaveLength(0);
    expect(await relay.drain()).toBe(0);

    // A committed marker on the same key (same partition, so it comes after anything published
    // before it): once the marker is read, the rolled-back event would have been read too.
    const marker = aBarrierReported('committed marker', rolledBack.aggregateId);
    await runCommand(db.ds, writer, marker);
    expect(await relay.drain()).toBe(1);
    tapped = await tap(broker, TOPIC);
    await waitFor(async () => tapped!.messages.map(eventIdOf), (ids) => ids.includes(marker.eventId), { what: 'the committed marker on Kafka' });
    expect(tapped.messages.map(eventIdOf)).toEqual([marker.eventId]);
  });

  it('publishes again after the relay dies between produce and mark-sent; the consumer absorbs the duplicate', async () => {
    const crashing = new CrashingBroker(broker);
    const relay = newRelay(db.ds, crashing);
    await broker.ensureTopics([{ topic: TOPIC }]);
    const event = aBarrierReported('produced twice');
    await runCommand(db.ds, writer, event);

    crashing.crashAfterNextPublish = true;
    await expect(relay.drain()).rejects.toThrow('simulated crash');
    const [row] = await db.ds.query(`SELECT sent_at FROM outbox_messages WHERE event_id = $1`, [event.eventId]);
    expect(row.sent_at).toBeNull();
    expect(await relay.drain()).toBe(1);
    const [after] = await db.ds.query(`SELECT sent_at FROM outbox_messages WHERE event_id = $1`, [event.eventId]);
    expect(after.sent_at).not.toBeNull();

    tapped = await tap(broker, TOPIC);
    const copies = await waitFor(async () => tapped!.messages.filter((m) => eventIdOf(m) === event.eventId), (c) => c.length >= 2, { what: 'two copies on Kafka' });
    expect(copies).toHaveLength(2);

    const consumer = new EffectConsumer('relay-crash');
    host = newConsumerHost(db.ds, broker, consumer, 'relay-crash');
    await host.start();
    // Both copies reached the handler's host: the second one is absorbed by the inbox.
    await waitFor(async () => inboxRows(db.ds, 'relay-crash'), (rows) => rows.length === 1, { what: 'the event in the inbox' });
    const marker = aBarrierReported('after', event.aggregateId);
    await runCommand(db.ds, writer, marker);
    await relay.drain();
    await waitFor(async () => effects(db.ds, 'relay-crash'), (rows) => rows.some((r) => r.event_id === marker.eventId), { what: 'the marker handled' });
    const rows = await effects(db.ds, 'relay-crash');
    expect(rows.filter((r) => r.event_id === event.eventId)).toHaveLength(1);
    expect(consumer.calls.filter((id) => id === event.eventId)).toHaveLength(1);
  });

  it('carries the correlation id from the command into the consumer, with the event as causation', async () => {
    const relay = newRelay(db.ds, broker);
    const event = RequestContext.run({ correlationId: 'abc' }, () => aBarrierReported('correlated'));
    expect(event.correlationId).toBe('abc');
    expect(event.causationId).toBeNull();
    await runCommand(db.ds, writer, event);
    await broker.ensureTopics([{ topic: TOPIC }]);
    expect(await relay.drain()).toBe(1);

    const consumer = new EffectConsumer('correlation');
    host = newConsumerHost(db.ds, broker, consumer, 'correlation');
    await host.start();
    const [effect] = await waitFor(async () => effects(db.ds, 'correlation'), (rows) => rows.length === 1, { what: 'the effect' });
    expect(effect).toMatchObject({ event_id: event.eventId, correlation_id: 'abc', causation_id: event.eventId });

    tapped = await tap(broker, TOPIC);
    const [message] = await waitFor(async () => tapped!.messages, (m) => m.length === 1, { what: 'the message on Kafka' });
    expect(message.headers['x-correlation-id']).toBe('abc');
    expect(message.key).toBe(event.aggregateId);
  });
});
