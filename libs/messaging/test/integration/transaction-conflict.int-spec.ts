import { BarrierReportedV1, EventEnvelope } from '@pb/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { ConsumerHost, EventConsumer, ReceivedMessage } from '../../src';
import { KafkaEventBroker } from '../../src/broker/kafka-event-broker';
import { TOPIC, aBarrierReported, closeDatabase, effects, logger, newBroker, openDatabase } from './harness';

/**
 * Locks two rows in the order its event's title names ("a,b" or "b,a"), waiting between the two
 * until the other consumer holds its first row: two of them meet in a real PostgreSQL deadlock.
 */
class CrossingConsumer implements EventConsumer {
  readonly events = [BarrierReportedV1];
  calls = 0;
  constructor(
    private readonly name: string,
    private readonly bothHoldOne: () => Promise<void>,
  ) {}

  async handle(event: EventEnvelope<object>, manager: EntityManager): Promise<void> {
    this.calls++;
    const [first, second] = (event.payload as BarrierReportedV1).title.split(',');
    await manager.query(`UPDATE crossing_rows SET touched = touched + 1 WHERE id = $1`, [first]);
    if (this.calls === 1) await this.bothHoldOne();
    await manager.query(`UPDATE crossing_rows SET touched = touched + 1 WHERE id = $1`, [second]);
    await manager.query(`INSERT INTO test_effects (consumer, event_id, title) VALUES ($1, $2, 'handled')`, [this.name, event.eventId]);
  }
}

describe('two consumers whose transactions deadlock (real PostgreSQL)', () => {
  let db: { name: string; ds: DataSource };
  let broker: KafkaEventBroker;

  beforeAll(async () => {
    db = await openDatabase();
    broker = newBroker();
    await db.ds.query(`CREATE TABLE crossing_rows (id text PRIMARY KEY, touched int NOT NULL DEFAULT 0)`);
    await db.ds.query(`INSERT INTO crossing_rows (id) VALUES ('a'), ('b')`);
  });
  afterAll(async () => {
    await broker.disconnect();
    await closeDatabase(db);
  });

  it('runs the one PostgreSQL rolled back again, without using up an attempt: both events handled, none dead-lettered', async () => {
    // Both handlers hold their first row before either asks for its second.
    let arrived = 0;
    let release!: () => void;
    const together = new Promise<void>((resolve) => (release = resolve));
    const bothHoldOne = async () => {
      if (++arrived === 2) release();
      await together;
    };
    const one = new CrossingConsumer('crossing-1', bothHoldOne);
    const two = new CrossingConsumer('crossing-2', bothHoldOne);
    // One attempt each: without the conflict retry, the deadlock's victim would be dead-lettered at once.
    const host = (c: CrossingConsumer, group: string) => new ConsumerHost(db.ds, broker, logger, { groupId: group, consumers: [c], maxAttempts: 1, initialBackoffMs: 20 });
    const message = (event: EventEnvelope<BarrierReportedV1>): ReceivedMessage => ({ topic: TOPIC, partition: 0, offset: '0', key: event.aggregateId, value: Buffer.from(JSON.stringify(event)), headers: {} });
    const ab = aBarrierReported('a,b');
    const ba = aBarrierReported('b,a');

    const outcomes = await Promise.all([host(one, 'crossing-1').process(message(ab)), host(two, 'crossing-2').process(message(ba))]);

    expect(outcomes).toEqual(['handled', 'handled']);
    // PostgreSQL chose a victim: one handler ran twice, the other once.
    expect([one.calls, two.calls].sort()).toEqual([1, 2]);
    expect((await effects(db.ds, 'crossing-1')).map((r) => r.event_id)).toEqual([ab.eventId]);
    expect((await effects(db.ds, 'crossing-2')).map((r) => r.event_id)).toEqual([ba.eventId]);
    // The victim's first try was rolled back: each row counts one touch per handled event.
    expect(await db.ds.query(`SELECT id, touched FROM crossing_rows ORDER BY id`)).toEqual([
      { id: 'a', touched: 2 },
      { id: 'b', touched: 2 },
    ]);
  });
});
