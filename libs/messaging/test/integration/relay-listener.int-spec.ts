import { waitFor } from '@pb/testing';
import { DataSource } from 'typeorm';
import { OutboxRelay, OutboxWriter } from '../../src';
import { KafkaEventBroker } from '../../src/broker/kafka-event-broker';
import { TOPIC, aBarrierReported, closeDatabase, logger, newBroker, openDatabase, runCommand } from './harness';

const listeners = (ds: DataSource): Promise<{ pid: number }[]> =>
  ds.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN %' AND pid <> pg_backend_pid()`);

describe('the outbox relay listens again after losing its LISTEN connection (real PostgreSQL and Kafka)', () => {
  let db: { name: string; ds: DataSource };
  let broker: KafkaEventBroker;
  let relay: OutboxRelay | undefined;

  beforeAll(async () => {
    db = await openDatabase();
    broker = newBroker();
    await broker.ensureTopics([{ topic: TOPIC }]);
  });
  afterAll(async () => {
    await relay?.stop();
    await broker.disconnect();
    await closeDatabase(db);
  });

  it('a committed event goes out at once, also after the server ended the listening session', async () => {
    // Polling only once a minute: anything published sooner was woken by NOTIFY.
    relay = new OutboxRelay(db.ds, broker, logger, { pollIntervalMs: 60000 });
    await relay.start((db.ds.options as { url: string }).url);
    await waitFor(() => listeners(db.ds), (l) => l.length === 1, { what: 'the relay listening' });
    const sent = async (eventId: string): Promise<boolean> => (await db.ds.query(`SELECT sent_at FROM outbox_messages WHERE event_id = $1`, [eventId]))[0]?.sent_at instanceof Date;

    const before = aBarrierReported('before');
    await runCommand(db.ds, new OutboxWriter(), before);
    await waitFor(() => sent(before.eventId), Boolean, { what: 'published on NOTIFY', timeoutMs: 15000 });

    const [{ pid }] = await listeners(db.ds);
    await db.ds.query(`SELECT pg_terminate_backend($1)`, [pid]); // as a database restart does
    await waitFor(() => listeners(db.ds), (l) => l.length === 1 && l[0].pid !== pid, { what: 'a new listening session', timeoutMs: 15000 });

    const after = aBarrierReported('after');
    await runCommand(db.ds, new OutboxWriter(), after);
    await waitFor(() => sent(after.eventId), Boolean, { what: 'published on NOTIFY after the listener came back', timeoutMs: 15000 });
  });
});
