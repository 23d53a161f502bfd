import { BarrierReportedV1, EventEnvelope } from '@pb/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { ConsumerHost, EventConsumer, ReceivedMessage } from '../../src';
import { KafkaEventBroker } from '../../src/broker/kafka-event-broker';
import { TOPIC, aBarrierReported, closeDatabase, effects, logger, newBroker, openDatabase } from './harness';

/** Loses its database connection, for real, the first `kills` times it handles an event. */
class ConnectionLosingConsumer implements EventConsumer {
  readonly events = [BarrierReportedV1];
  calls = 0;
  constructor(private kills: number) {}

  async handle(event: EventEnvelope<object>, manager: EntityManager): Promise<void> {
    this.calls++;
    if (this.kills > 0) {
      this.kills--;
      // The server ends this very session, as a restart does: 57P01 "terminating connection due to administrator command".
      await manager.query(`SELECT pg_terminate_backend(pg_backend_pid())`);
    }
    await manager.query(`INSERT INTO test_effects (consumer, event_id, title) VALUES ('db-outage', $1, 'handled')`, [event.eventId]);
  }
}

describe('a consumer whose database goes away (real PostgreSQL)', () => {
  let db: { name: string; ds: DataSource };
  let broker: KafkaEventBroker;

  beforeAll(async () => {
    db = await openDatabase();
    broker = newBroker();
  });
  afterAll(async () => {
    await broker.disconnect();
    await closeDatabase(db);
  });

  it('waits for the database instead of using up its attempts and dead-lettering the event', async () => {
    const consumer = new ConnectionLosingConsumer(4); // more losses than maxAttempts (3)
    const host = new ConsumerHost(db.ds, broker, logger, { groupId: 'db-outage', consumers: [consumer], maxAttempts: 3, initialBackoffMs: 20 });
    const event = aBarrierReported('handled once the database is back');
    const message: ReceivedMessage = { topic: TOPIC, partition: 0, offset: '0', key: event.aggregateId, value: Buffer.from(JSON.stringify(event)), headers: {} };

    expect(await host.process(message)).toBe('handled');
    expect(consumer.calls).toBe(5);
    expect((await effects(db.ds, 'db-outage')).map((r) => r.event_id)).toEqual([event.eventId]);
    const [{ n }] = await db.ds.query(`SELECT count(*)::int AS n FROM inbox_messages WHERE consumer = 'db-outage'`);
    expect(n).toBe(1);
  });
});
