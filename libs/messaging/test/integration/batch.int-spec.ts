import { randomUUID } from 'node:crypto';
import { BarrierReportedV1, EventEnvelope, deadLetterTopic } from '@pb/contracts';
import { waitFor } from '@pb/testing';
import { DataSource, EntityManager } from 'typeorm';
import { ConsumerHost, EventConsumer, ReceivedMessage, deferUntilCommit } from '../../src';
import { KafkaEventBroker } from '../../src/broker/kafka-event-broker';
import { EffectConsumer, TOPIC, aBarrierReported, closeDatabase, effects, inboxRows, logger, newBroker, newConsumerHost, openDatabase, tap } from './harness';

let offset = 0;
const received = (event: EventEnvelope<object>, partition = 0): ReceivedMessage => ({
  topic: TOPIC,
  partition,
  offset: String(offset++),
  key: event.aggregateId,
  value: Buffer.from(JSON.stringify(event)),
  headers: {},
});

/** The transaction each effect row was written in (rows of one transaction share `xmin`). */
async function transactionsOf(ds: DataSource, consumer: string): Promise<string[]> {
  const rows: { tx: string }[] = await ds.query(`SELECT xmin::text AS tx FROM test_effects WHERE consumer = $1 ORDER BY id`, [consumer]);
  return rows.map((r) => r.tx);
}

/** Counts events per transaction with one write at its end, as a projection summing figures would. */
class TallyConsumer implements EventConsumer {
  readonly events = [BarrierReportedV1];
  flushes = 0;

  async handle(_event: EventEnvelope<object>, manager: EntityManager): Promise<void> {
    const tally = deferUntilCommit(manager, 'tally', () => ({ n: 0 }), async ({ n }) => {
      this.flushes++;
      await manager.query(`INSERT INTO test_effects (consumer, event_id, title) VALUES ('tally', $1, $2)`, [randomUUID(), String(n)]);
    });
    if (!tally) throw new Error('expected a consumer transaction');
    tally.n++;
  }
}

/** Announces its batch in `prepare` and records, per transaction, what it was told and when. */
class PreparingConsumer implements EventConsumer {
  readonly events = [BarrierReportedV1];
  readonly log: string[] = [];

  async prepare(events: EventEnvelope<object>[], manager: EntityManager): Promise<void> {
    const [{ tx }] = await manager.query(`SELECT txid_current()::text AS tx`);
    this.log.push(`prepare ${tx} ${events.map((e) => e.eventId).join(',')}`);
  }

  async handle(event: EventEnvelope<object>, manager: EntityManager): Promise<void> {
    const [{ tx }] = await manager.query(`SELECT txid_current()::text AS tx`);
    this.log.push(`handle ${tx} ${event.eventId}`);
  }
}

describe('batches: one transaction per batch, a failing event costs only itself (real PostgreSQL and Kafka)', () => {
  let db: { name: string; ds: DataSource };
  let broker: KafkaEventBroker;
  let host: ConsumerHost | undefined;

  beforeAll(async () => {
    db = await openDatabase();
    broker = newBroker();
    await broker.ensureTopics([{ topic: TOPIC }, { topic: deadLetterTopic(TOPIC) }]);
  });
  afterAll(async () => {
    await host?.stop();
    await broker?.disconnect();
    await closeDatabase(db);
  });

  it('handles consecutive events of a partition in one transaction, a duplicate among them once', async () => {
    const consumer = new EffectConsumer('together');
    const events = ['a', 'b', 'c', 'd'].map((t) => aBarrierReported(t));
    const outcomes = await newConsumerHost(db.ds, broker, consumer, 'together').processBatch([...events, events[1]].map((e) => received(e)));

    expect(outcomes).toEqual(['handled', 'handled', 'handled', 'handled', 'duplicate']);
    expect((await effects(db.ds, 'together')).map((r) => r.event_id)).toEqual(events.map((e) => e.eventId));
    expect(new Set(await transactionsOf(db.ds, 'together')).size).toBe(1);
    expect(consumer.calls).toEqual(events.map((e) => e.eventId));
    // The correlation id of each event reaches its handler, as with one event per transaction.
    expect((await effects(db.ds, 'together')).map((r) => r.causation_id)).toEqual(events.map((e) => e.eventId));
  });

  it('takes a batch apart around a failing event: the others count once, the bug is dead-lettered after its attempts, the rule breach is rejected once', async () => {
    const consumer = new EffectConsumer('apart');
    const [ok1, ok2, bug, breach, ok3, ok4] = ['ok 1', 'ok 2', 'FAIL bug', 'REJECT breach', 'ok 3', 'ok 4'].map((t) => aBarrierReported(t));
    const dlq = await tap(broker, deadLetterTopic(TOPIC));
    try {
      const outcomes = await newConsumerHost(db.ds, broker, consumer, 'apart').processBatch([ok1, ok2, bug, breach, ok3, ok4].map((e) => received(e)));

      expect(outcomes).toEqual(['handled', 'handled', 'dead-lettered', 'rejected', 'handled', 'handled']);
      // No effect twice: the rolled-back tries left nothing behind.
      expect((await effects(db.ds, 'apart')).map((r) => r.event_id)).toEqual([ok1, ok2, ok3, ok4].map((e) => e.eventId));
      expect((await inboxRows(db.ds, 'apart')).map((r) => r.event_id).sort()).toEqual([ok1, ok2, bug, breach, ok3, ok4].map((e) => e.eventId).filter((id) => id !== bug.eventId).sort());
      const calls = (e: EventEnvelope<object>) => consumer.calls.filter((id) => id === e.eventId).length;
      expect(calls(bug)).toBe(3); // the failed try in the batch was its first of maxAttempts (3)
      expect(calls(breach)).toBe(1); // a business rule does not change on retry
      expect([calls(ok1), calls(ok2)]).toEqual([2, 2]); // once in the rolled-back batch, once for real
      expect([calls(ok3), calls(ok4)]).toEqual([1, 1]);
      const dead = await waitFor(async () => [...dlq.messages], (m) => m.length >= 1, { what: 'the dead letter' });
      expect(dead.map((m) => JSON.parse(m.value!.toString()).eventId)).toEqual([bug.eventId]);
    } finally {
      await dlq.stop();
    }
  });

  it('runs deferred writes once per transaction, before it commits, and refuses them outside one', async () => {
    const tally = new TallyConsumer();
    const tallyHost = new ConsumerHost(db.ds, broker, logger, { groupId: 'tally', consumers: [tally] });
    await tallyHost.processBatch(['1', '2', '3'].map((t) => received(aBarrierReported(t))));
    await tallyHost.processBatch([received(aBarrierReported('4'))]);

    expect(tally.flushes).toBe(2);
    expect((await effects(db.ds, 'tally')).map((r) => r.title)).toEqual(['3', '1']);
    await db.ds.transaction(async (m) => expect(deferUntilCommit(m, 'tally', () => ({ n: 0 }), async () => undefined)).toBeNull());
  });

  it('gets its batches from Kafka: 300 events in far fewer transactions, each event once', async () => {
    const events = Array.from({ length: 300 }, (_, i) => aBarrierReported(`stream ${i}`));
    for (let i = 0; i < events.length; i += 100) {
      await broker.publish(TOPIC, events.slice(i, i + 100).map((e) => ({ key: e.aggregateId, value: JSON.stringify(e) })));
    }
    const consumer = new EffectConsumer('stream');
    host = newConsumerHost(db.ds, broker, consumer, 'stream');
    await host.start();
    await waitFor(async () => (await inboxRows(db.ds, 'stream')).length, (n) => n >= 300, { what: 'every event taken in' });

    const rows = await effects(db.ds, 'stream');
    expect(rows).toHaveLength(300);
    expect(new Set(rows.map((r) => r.event_id)).size).toBe(300);
    expect(new Set(await transactionsOf(db.ds, 'stream')).size).toBeLessThan(100);
  });

  it('tells a consumer its fresh events of a batch once, in the batch transaction, before any handler (EventConsumer.prepare)', async () => {
    const consumer = new PreparingConsumer();
    const host = new ConsumerHost(db.ds, broker, logger, { groupId: 'prepared', consumers: [consumer] });
    const [seen, a, b] = ['seen', 'a', 'b'].map((t) => aBarrierReported(t));
    await host.processBatch([received(seen)]);
    consumer.log.length = 0;

    // One event the group handled before, then two new ones and a redelivery of one of them.
    const outcomes = await host.processBatch([seen, a, b, a].map((e) => received(e)));

    expect(outcomes).toEqual(['duplicate', 'handled', 'handled', 'duplicate']);
    const tx = consumer.log[0].split(' ')[1];
    expect(consumer.log).toEqual([`prepare ${tx} ${a.eventId},${b.eventId}`, `handle ${tx} ${a.eventId}`, `handle ${tx} ${b.eventId}`]);
  });

  it('fills batches past one fetch of 1 MiB when the reader asks for more bytes per partition (a replay\'s 20 000-event transactions)', async () => {
    const topic = `test.fetch-size-${randomUUID().slice(0, 8)}`;
    await broker.ensureTopics([{ topic, partitions: 1 }]);
    // 3 000 messages of 1 KiB: about 3 MiB on one partition.
    const body = 'x'.repeat(1024);
    for (let sent = 0; sent < 3000; sent += 500) {
      await broker.publish(topic, Array.from({ length: 500 }, (_, i) => ({ key: 'k', value: `${sent + i} ${body}` })));
    }
    const largestBatch = async (maxBytesPerPartition?: number): Promise<number> => {
      const sizes: number[] = [];
      const sub = await broker.subscribe({
        groupId: `fetch-size-${randomUUID()}`,
        topics: [topic],
        fromBeginning: true,
        maxBatch: 10_000,
        maxWaitMs: 200,
        ...(maxBytesPerPartition ? { maxBytesPerPartition } : {}),
        onBatch: async (messages) => void sizes.push(messages.length),
      });
      try {
        await waitFor(async () => sizes.reduce((a, b) => a + b, 0), (n) => n >= 3000, { timeoutMs: 60_000, what: 'all 3 000 messages' });
      } finally {
        await sub.stop();
      }
      return Math.max(...sizes);
    };

    // kafkajs' default fetch (1 MiB per partition) cannot hand over more than ~1 000 of them at once.
    expect(await largestBatch()).toBeLessThanOrEqual(1024);
    expect(await largestBatch(16 * 1024 * 1024)).toBeGreaterThan(2000);
  });
});
