import { waitFor } from '@pb/testing';
import { DataSource } from 'typeorm';
import { ConsumerHost } from '../../src';
import { KafkaEventBroker } from '../../src/broker/kafka-event-broker';
import { EffectConsumer, TOPIC, aBarrierReported, closeDatabase, effects, inboxRows, newBroker, newConsumerHost, openDatabase } from './harness';

describe('idempotent consumption through the inbox (real PostgreSQL and Kafka)', () => {
  let db: { name: string; ds: DataSource };
  let broker: KafkaEventBroker;
  let host: ConsumerHost | undefined;

  beforeAll(async () => {
    db = await openDatabase();
    broker = newBroker();
  });
  afterAll(async () => {
    await host?.stop();
    await broker?.disconnect();
    await closeDatabase(db);
  });

  it('changes state once when the same event is delivered twice', async () => {
    await broker.ensureTopics([{ topic: TOPIC }]);
    const event = aBarrierReported('delivered twice');
    const marker = aBarrierReported('marker', event.aggregateId);
    const wire = (e: typeof event) => ({ key: e.aggregateId, value: JSON.stringify(e) });
    await broker.publish(TOPIC, [wire(event)]);
    await broker.publish(TOPIC, [wire(event)]);
    await broker.publish(TOPIC, [wire(marker)]);

    const consumer = new EffectConsumer('twice');
    host = newConsumerHost(db.ds, broker, consumer, 'twice');
    await host.start();
    // The marker follows both copies on the same partition: once it is handled, both were seen.
    await waitFor(async () => effects(db.ds, 'twice'), (rows) => rows.some((r) => r.event_id === marker.eventId), { what: 'the marker handled' });

    const rows = await effects(db.ds, 'twice');
    expect(rows.map((r) => r.event_id)).toEqual([event.eventId, marker.eventId]);
    expect((await inboxRows(db.ds, 'twice')).filter((r) => r.event_id === event.eventId)).toHaveLength(1);
    // The handler ran once: the second copy never reached it.
    expect(consumer.calls).toEqual([event.eventId, marker.eventId]);
  });

  it('absorbs a redelivery handled directly by the host, too (no broker round trip)', async () => {
    const event = aBarrierReported('processed twice');
    const consumer = new EffectConsumer('direct');
    const direct = newConsumerHost(db.ds, broker, consumer, 'direct');
    const message = { topic: TOPIC, partition: 0, offset: '0', key: event.aggregateId, value: Buffer.from(JSON.stringify(event)), headers: {} };
    expect(await direct.process(message)).toBe('handled');
    expect(await direct.process(message)).toBe('duplicate');
    expect(await effects(db.ds, 'direct')).toHaveLength(1);
  });
});
