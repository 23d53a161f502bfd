import type { NestExpressApplication } from '@nestjs/platform-express';
import { ConsumerHost, EventBroker, EventConsumer, MessagingLifecycle } from '@pb/messaging';
import { createTestApp, createTestDatabase, dropTestDatabase, testEnv, testLogger } from '@pb/testing';
import { DataSource } from 'typeorm';
import { ReviewAppModule } from '../../src/app.module';
import { ReviewEnv } from '../../src/config/review.env';
import { reviewMigrations } from '../../src/migrations';
import { PROJECTION_GROUP } from '../../src/projections/application/ports/projection-log';
import { ProjectionTables } from '../../src/projections/application/ports/projection-tables';
import { BulkProjectionReplay, DecodedEvent } from '../../src/projections/infrastructure/persistence/bulk-replay/bulk-projection-replay';
import { BulkReplayStore } from '../../src/projections/infrastructure/persistence/bulk-replay/bulk-replay.store';
import { PROJECTION_CONSUMERS } from '../../src/projections/transport/kafka/projection-consumers';
import { projectionScenario, Rng, ScenarioEvent } from '../factories/review-scenario.factory';
import { projectionSnapshot, publishScenario, waitForProjected } from '../factories/review-test-kit';

jest.setTimeout(120_000);

/**
 * The bulk replay's own proof of equality: the projections live (through Kafka and the consumers'
 * transactions) against the bulk writer fed the same events in other orders — any interleaving
 * that keeps each key's events in order, as partitions may deliver them — in windows of random
 * sizes (so rows are carried over from one window to the next, read back from the table two
 * windows later, and written while the next window is applied), with some events delivered twice.
 */
describe('bulk replay: the same projections as live, whatever the order and the windows (real PostgreSQL and Kafka)', () => {
  let app: NestExpressApplication;
  let db: { name: string; url: string };
  let live: Record<string, unknown>;
  let decoded: Map<string, DecodedEvent>;
  const { events } = projectionScenario();

  beforeAll(async () => {
    db = await createTestDatabase('review', reviewMigrations);
    app = await createTestApp(ReviewAppModule.register({ env: testEnv(ReviewEnv, { DATABASE_URL: db.url }), logger: testLogger() }));
    await publishScenario(app, events);
    const ds = app.get(DataSource);
    await waitForProjected(ds, events.length);
    live = await projectionSnapshot(ds);
    await Promise.all(app.get(MessagingLifecycle).hosts.map((h) => h.stop()));
    // Decoded as the replay decodes what Kafka hands over: envelope and payload validated, routed to its consumer.
    const consumers = PROJECTION_CONSUMERS.map((type) => app.get<EventConsumer>(type, { strict: false }));
    const host = new ConsumerHost(ds, app.get(EventBroker), testLogger(), { groupId: 'bulk-replay-test', consumers });
    decoded = new Map();
    for (const e of events) {
      const d = await host.decode({ topic: e.topic, partition: 0, offset: '0', key: e.key, value: Buffer.from(JSON.stringify(e.envelope)), headers: {} });
      if (typeof d === 'string') throw new Error(`scenario event ${e.envelope.type} not routed: ${d}`);
      decoded.set(e.envelope.eventId, d);
    }
  });

  afterAll(async () => {
    await app?.close();
    await dropTestDatabase(db.name);
  });

  /** Another order that keeps each key's events in order, with every `dupEvery`-th event delivered again a little later. */
  function shuffled(rng: Rng, dupEvery: number): ScenarioEvent[] {
    const queues = new Map<string, ScenarioEvent[]>();
    for (const e of events) {
      const k = `${e.topic}/${e.key}`;
      const q = queues.get(k);
      if (q) q.push(e);
      else queues.set(k, [e]);
    }
    const open = [...queues.values()];
    const out: ScenarioEvent[] = [];
    while (open.length) {
      const i = rng.int(open.length);
      out.push(open[i].shift()!);
      if (!open[i].length) open.splice(i, 1);
    }
    for (let i = dupEvery - 1; i < out.length; i += dupEvery) out.splice(Math.min(out.length, i + 1 + rng.int(400)), 0, out[i]);
    return out;
  }

  it.each([
    { seed: 11, largest: 40 },
    { seed: 12, largest: 400 },
    { seed: 13, largest: 5000 },
  ])('rebuilds exactly the live projections (order seed $seed, windows of up to $largest events)', async ({ seed, largest }) => {
    const ds = app.get(DataSource);
    await app.get(ProjectionTables).reset(PROJECTION_GROUP);
    const rng = new Rng(seed);
    const order = shuffled(rng, 37);
    expect(order.length).toBeGreaterThan(events.length); // some twice
    const bulk = await BulkProjectionReplay.open(ds, app.get(BulkReplayStore), PROJECTION_GROUP);
    let applied = 0;
    let windows = 0;
    try {
      for (let i = 0; i < order.length; windows++) {
        const size = 1 + rng.int(largest);
        applied += await bulk.apply(order.slice(i, i + size).map((e) => decoded.get(e.envelope.eventId)!));
        i += size;
      }
      await bulk.finish();
    } finally {
      await bulk.close();
    }
    expect(windows).toBeGreaterThan(largest >= 5000 ? 0 : 2);
    expect(applied).toBe(events.length); // each event once, however often it came
    expect(await projectionSnapshot(ds)).toEqual(live);
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM inbox_messages WHERE consumer = $1`, [PROJECTION_GROUP]);
    expect(n).toBe(events.length);
  });
});
