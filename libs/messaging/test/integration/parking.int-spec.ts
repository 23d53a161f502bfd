import { metricsRegistry } from '@pb/observability';
import { waitFor } from '@pb/testing';
import { Kafka, logLevel } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { OutboxWriter, ParkedEventNotFoundError, ParkedEvents } from '../../src';
import { KafkaEventBroker } from '../../src/broker/kafka-event-broker';
import { TOPIC, aBarrierReported, closeDatabase, eventIdOf, logger, newBroker, newRelay, openDatabase, runCommand, tap } from './harness';

const metric = async (name: string, labels: Record<string, string>): Promise<number> => {
  const m = (await metricsRegistry.getMetricsAsJSON()).find((x) => x.name === name);
  const v = (m?.values as { labels: Record<string, string>; value: number }[] | undefined)?.find((x) => Object.entries(labels).every(([k, l]) => x.labels[k] === l));
  return v?.value ?? 0;
};

// The broker's default max.message.bytes is 1 MiB: a 1.2 MB title makes an event Kafka refuses for good.
const TOO_LARGE = 'x'.repeat(1_200_000);

describe('outbox parking: a row Kafka refuses for good (real PostgreSQL and Kafka)', () => {
  let db: { name: string; ds: DataSource };
  let broker: KafkaEventBroker;
  let tapped: Awaited<ReturnType<typeof tap>> | undefined;
  const writer = new OutboxWriter();

  beforeAll(async () => {
    db = await openDatabase();
    broker = newBroker();
    await broker.ensureTopics([{ topic: TOPIC }]);
  });
  afterAll(async () => {
    await tapped?.stop();
    await broker.disconnect();
    await closeDatabase(db);
  });

  it('parks the refused row, holds the later rows of its aggregate behind it, and lets every other aggregate through; a re-queue after the fix publishes them in order', async () => {
    const relay = newRelay(db.ds, broker);
    const parked = new ParkedEvents(db.ds, relay);
    const a = randomUUID();
    const b = randomUUID();
    const a1 = aBarrierReported(TOO_LARGE, a);
    const b1 = aBarrierReported('b1', b);
    const a2 = aBarrierReported('a2', a);
    const b2 = aBarrierReported('b2', b);
    for (const e of [a1, b1, a2, b2]) await runCommand(db.ds, writer, e);
    const refusedBefore = await metric('pb_outbox_events_parked_total', { cause: 'refused' });
    const heldBefore = await metric('pb_outbox_events_parked_total', { cause: 'held' });

    expect(await relay.drain()).toBe(4);
    expect(await relay.pending()).toBe(0); // nothing blocks: the relay is free for every later event

    const rows: { event_id: string; sent: boolean; parked: boolean; parked_reason: string | null }[] = await db.ds.query(
      `SELECT event_id, sent_at IS NOT NULL AS sent, parked_at IS NOT NULL AS parked, parked_reason FROM outbox_messages ORDER BY position`,
    );
    expect(rows.map((r) => [r.event_id, r.sent, r.parked])).toEqual([
      [a1.eventId, false, true],
      [b1.eventId, true, false],
      [a2.eventId, false, true],
      [b2.eventId, true, false],
    ]);
    expect(rows[0].parked_reason).toMatch(/MESSAGE_TOO_LARGE/);
    expect(await metric('pb_outbox_events_parked_total', { cause: 'refused' })).toBe(refusedBefore + 1);
    expect(await metric('pb_outbox_events_parked_total', { cause: 'held' })).toBe(heldBefore + 1);
    expect(await metric('pb_outbox_parked_events', { topic: TOPIC })).toBe(2);

    const view = await parked.list(50);
    expect(view.total).toBe(2);
    expect(view.items.map((i) => [i.eventId, i.type, i.aggregateId])).toEqual([
      [a1.eventId, a1.type, a],
      [a2.eventId, a2.type, a],
    ]);
    expect(view.items[0].heldBehind).toBeNull();
    expect(view.items[0].bytes).toBeGreaterThan(1_200_000);
    expect(view.items[1].heldBehind).toBe(view.items[0].position);
    expect(view.items[1].reason).toMatch(/held behind parked row/);
    // No event body, so nothing a person typed, in the admin view.
    expect(JSON.stringify(view)).not.toContain('xxxxxxxx');

    // A later event of the held aggregate is held too, without waiting for anything.
    const a3 = aBarrierReported('a3', a);
    await runCommand(db.ds, writer, a3);
    expect(await relay.drain()).toBe(1);
    expect((await parked.list(50)).items.map((i) => i.eventId)).toEqual([a1.eventId, a2.eventId, a3.eventId]);

    // Re-queued unchanged, it is refused again: parked again, not lost, not blocking.
    expect(await parked.requeue(view.items[1].position)).toEqual({ requeued: 3 }); // a held row releases its head with it
    await relay.drain();
    expect((await parked.list(50)).total).toBe(3);

    // The fix an operator would make (the topic takes larger messages), then a re-queue: published, in order.
    const admin = new Kafka({ brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','), logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    try {
      await admin.alterConfigs({ validateOnly: false, resources: [{ type: 2, name: broker.topic(TOPIC), configEntries: [{ name: 'max.message.bytes', value: String(4 * 1024 * 1024) }] }] });
    } finally {
      await admin.disconnect();
    }
    const head = (await parked.list(50)).items[0];
    await parked.requeue(head.position);
    await waitFor(async () => (await relay.drain(), parked.list(50)), (v) => v.total === 0, { what: 'the re-queued rows published' });
    expect(await metric('pb_outbox_parked_events', { topic: TOPIC })).toBe(0);

    tapped = await tap(broker, TOPIC);
    // A send that Kafka refused in part may have stored the other aggregates' messages of that send
    // (their partitions took them) before the relay sent them again one by one: at least once, and
    // the consumers' inbox absorbs the copy. Order is per aggregate, by first appearance.
    const all = await waitFor(async () => tapped!.messages.map(eventIdOf), (m) => new Set(m).size === 5, { what: 'five events on Kafka' });
    const ids = [...new Set(all)];
    expect(ids.filter((id) => [a1.eventId, a2.eventId, a3.eventId].includes(id!))).toEqual([a1.eventId, a2.eventId, a3.eventId]);
    expect(ids.filter((id) => [b1.eventId, b2.eventId].includes(id!))).toEqual([b1.eventId, b2.eventId]);
  });

  it('a re-queue of a position that is not parked is a not-found', async () => {
    const parked = new ParkedEvents(db.ds, newRelay(db.ds, broker));
    await expect(parked.requeue('999999')).rejects.toBeInstanceOf(ParkedEventNotFoundError);
    await expect(parked.requeue('1; DROP TABLE outbox_messages')).rejects.toBeInstanceOf(ParkedEventNotFoundError);
  });

  it('does not park anything while Kafka is unreachable: the rows wait, the drain fails and is retried', async () => {
    const away = new KafkaEventBroker({ clientId: 'away', brokers: ['127.0.0.1:1'], topicPrefix: broker.topic(''), replicationFactor: 1, partitions: 3, logger });
    const relay = newRelay(db.ds, away);
    const e = aBarrierReported('waits for Kafka');
    await runCommand(db.ds, writer, e);
    try {
      await expect(relay.drain()).rejects.toThrow();
    } finally {
      await away.disconnect();
    }
    const [row] = await db.ds.query(`SELECT sent_at, parked_at FROM outbox_messages WHERE event_id = $1`, [e.eventId]);
    expect(row).toEqual({ sent_at: null, parked_at: null });
    expect(await relay.pending()).toBe(1);
    expect(await newRelay(db.ds, broker).drain()).toBe(1); // and goes out once Kafka answers
  });
});
