/**
 * Pipeline benchmark on the real broker and database (npm run bench:pipeline):
 *
 *   outbox → consumer   a command's transaction inserts one event into the outbox (database A);
 *                       the relay (LISTEN/NOTIFY) publishes it; a ConsumerHost handles it with its
 *                       inbox and writes an effect row in database B. Latency: commit → effect committed.
 *   raw kafkajs         the same messages (same size, same count, same producer concurrency) sent
 *                       with producer.send (acks -1) and read with consumer.eachMessage.
 *                       Latency: before send → eachMessage.
 *
 * Both run in this process against the same broker, one after the other, each after a warm-up.
 * Environment: BENCH_N (default 5000), BENCH_WARMUP (200), BENCH_CONCURRENCY (8 producers),
 * BENCH_TIMEOUT_S (300), KAFKA_BROKERS, PGHOST/PGPORT/PGUSER/PGPASSWORD.
 */
import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { BarrierReportedV1, EventEnvelope } from '@pb/contracts';
import { createTestDatabase, dropTestDatabase } from '@pb/testing';
import { Kafka, logLevel } from 'kafkajs';
import pino from 'pino';
import { DataSource, EntityManager, MigrationInterface, QueryRunner } from 'typeorm';
import { ConsumerHost } from '../libs/messaging/src/consumer/consumer-host';
import { EventConsumer } from '../libs/messaging/src/consumer/event-consumer';
import { KafkaEventBroker } from '../libs/messaging/src/broker/kafka-event-broker';
import { createEvent } from '../libs/messaging/src/outbox/event-factory';
import { OutboxRelay } from '../libs/messaging/src/outbox/outbox.relay';
import { OutboxWriter } from '../libs/messaging/src/outbox/outbox.writer';
import { MessagingTables1763900000000 } from '../libs/messaging/src/persistence/messaging-tables.migration';
import { OutboxParking1764600000000 } from '../libs/messaging/src/persistence/outbox-parking.migration';
import { percentile } from './support/load';

const N = Number(process.env.BENCH_N ?? 5000);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_S ?? 300) * 1000;
const BROKERS = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const logger = pino({ level: process.env.LOG_LEVEL ?? 'warn' }, pino.destination(2));

class BenchEffects1763900000998 implements MigrationInterface {
  name = 'BenchEffects1763900000998';
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE bench_effects (event_id uuid PRIMARY KEY, title text NOT NULL, handled_at timestamptz NOT NULL DEFAULT clock_timestamp())`);
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE bench_effects`);
  }
}

interface Result {
  name: string;
  count: number;
  seconds: number;
  latencies: number[];
  /** Where the pipeline's time goes, from database timestamps. */
  breakdown?: string;
}


function anEvent(i: number): EventEnvelope<BarrierReportedV1> {
  const id = randomUUID();
  return createEvent(
    BarrierReportedV1,
    {
      reportId: id,
      reference: `LKT-2026-${String(i % 1_000_000).padStart(6, '0')}`,
      title: `Benchmark report ${i}`,
      regulation: { name: 'Regeling op afstand bestuurde luchtvaartuigen', article: '5', bwbId: 'BWBR0038367' },
      technology: 'drones',
      sector: 'H',
      companySizeClass: 'small',
      reporterId: randomUUID(),
      publishConsent: false,
      reportedAt: new Date().toISOString(),
      triageBy: '2026-11-30',
      answerBy: '2026-12-21',
    },
    { aggregateId: id, aggregateVersion: 1, actor: { role: 'reporter', id: randomUUID() } },
  );
}

/** Runs `count` jobs with `CONCURRENCY` workers. */
async function pool(count: number, job: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) await job(next++);
    }),
  );
}

/** Starts one job every 1/rate s whatever the others do (an open-loop load, as users make it). */
async function paced(count: number, rate: number, job: (i: number) => Promise<void>): Promise<void> {
  const start = performance.now();
  const running: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const wait = start + (i * 1000) / rate - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    running.push(job(i));
  }
  await Promise.all(running);
}

type Load = { kind: 'saturated' } | { kind: 'paced'; rate: number };
const PACED_RATE = Number(process.env.BENCH_PACED_RATE ?? 100);
const PACED_N = Number(process.env.BENCH_PACED_N ?? 1000);
const LOADS: { label: string; count: number; load: Load }[] = [
  { label: 'as fast as it goes', count: N, load: { kind: 'saturated' } },
  { label: `steady ${PACED_RATE} events/s`, count: PACED_N, load: { kind: 'paced', rate: PACED_RATE } },
];
const drive = (count: number, load: Load, job: (i: number) => Promise<void>): Promise<void> =>
  load.kind === 'saturated' ? pool(count, job) : paced(count, load.rate, job);

/** Resolves when `done()` holds; rejects after the overall bound so a stuck run ends. */
async function until(done: () => boolean, what: string, deadline: number): Promise<void> {
  while (!done()) {
    if (performance.now() > deadline) throw new Error(`Benchmark bound reached waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function benchPipeline(): Promise<Result[]> {
  const migrations = [MessagingTables1763900000000, OutboxParking1764600000000, BenchEffects1763900000998];
  const dbA = await createTestDatabase('bench', migrations);
  const dbB = await createTestDatabase('bench', migrations);
  const producerDs = new DataSource({ type: 'postgres', url: dbA.url, poolSize: CONCURRENCY + 2 });
  const consumerDs = new DataSource({ type: 'postgres', url: dbB.url, poolSize: 4 });
  await Promise.all([producerDs.initialize(), consumerDs.initialize()]);
  const broker = new KafkaEventBroker({ clientId: 'bench', brokers: BROKERS, topicPrefix: `bench-${randomBytes(4).toString('hex')}.`, replicationFactor: 1, partitions: 3, logger });
  const relay = new OutboxRelay(producerDs, broker, logger);
  const writer = new OutboxWriter();
  const committedAt = new Map<string, number>();
  let latencies: number[] = [];
  let handled = 0;
  let produced = 0;
  const consumer: EventConsumer = {
    events: [BarrierReportedV1],
    async handle(event: EventEnvelope<object>, manager: EntityManager): Promise<void> {
      await manager.query(`INSERT INTO bench_effects (event_id, title) VALUES ($1, $2)`, [event.eventId, (event.payload as BarrierReportedV1).title]);
    },
  };
  const host = new ConsumerHost(consumerDs, broker, logger, { groupId: 'bench.effects', consumers: [consumer] });
  try {
    await broker.ensureTopics([{ topic: BarrierReportedV1.topic }, { topic: `${BarrierReportedV1.topic}.dlq` }]);
    await relay.start(dbA.url);
    // The host's own start() with a probe around process(): the effect is committed when it resolves.
    const sub = await broker.subscribe({
      groupId: 'bench.effects',
      topics: host.topics,
      onMessage: async (m) => {
        const outcome = await host.process(m);
        if (outcome !== 'handled') throw new Error(`unexpected outcome ${outcome}`);
        const t0 = committedAt.get(JSON.parse(m.value!.toString()).eventId);
        if (t0 !== undefined) latencies.push(performance.now() - t0);
        handled++;
      },
    });
    const command = async (measure: boolean) => {
      const event = anEvent(produced++);
      await producerDs.transaction((m) => writer.append(m, [event]));
      if (measure) committedAt.set(event.eventId, performance.now());
    };
    const deadline = performance.now() + TIMEOUT_MS;
    await pool(WARMUP, () => command(false));
    await until(() => handled >= WARMUP, 'the pipeline warm-up', deadline);
    const results: Result[] = [];
    for (const { label, count, load } of LOADS) {
      handled = 0;
      latencies = [];
      const firstPosition = produced;
      const start = performance.now();
      await drive(count, load, () => command(true));
      await until(() => handled >= count, `the pipeline run (${label})`, deadline);
      const seconds = (performance.now() - start) / 1000;
      // Outbox created_at is the command's transaction time, sent_at the relay's; one server clock.
      const [lag] = await producerDs.query(
        `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS p50, percentile_cont(0.99) WITHIN GROUP (ORDER BY ms) AS p99,
                count(DISTINCT sent_at)::int AS batches
           FROM (SELECT extract(epoch FROM sent_at - created_at) * 1000 AS ms, sent_at FROM outbox_messages ORDER BY position OFFSET $1) t`,
        [firstPosition],
      );
      const breakdown = `commit → marked sent by the relay p50 ${Number(lag.p50).toFixed(1)} ms, p99 ${Number(lag.p99).toFixed(1)} ms (${lag.batches} relay batches)`;
      results.push({ name: `outbox → consumer, ${label}`, count, seconds, latencies, breakdown });
    }
    const [{ count }] = await consumerDs.query(`SELECT count(*)::int AS count FROM bench_effects`);
    if (count !== produced) throw new Error(`expected ${produced} effects, found ${count}`);
    await sub.stop();
    return results;
  } finally {
    await relay.stop();
    await broker.disconnect();
    await Promise.allSettled([producerDs.destroy(), consumerDs.destroy()]);
    await Promise.allSettled([dropTestDatabase(dbA.name), dropTestDatabase(dbB.name)]);
  }
}

async function benchRaw(messageBytes: number): Promise<Result[]> {
  const kafka = new Kafka({ clientId: 'bench-raw', brokers: BROKERS, logLevel: logLevel.ERROR });
  const topic = `bench-raw-${randomBytes(4).toString('hex')}`;
  const admin = kafka.admin();
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  const consumer = kafka.consumer({ groupId: `${topic}.group` });
  const sentAt = new Map<string, number>();
  let latencies: number[] = [];
  let received = 0;
  try {
    await admin.connect();
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 3, replicationFactor: 1 }] });
    // A busy broker may answer metadata before every partition has its leader.
    for (let tries = 0; ; tries++) {
      const meta = await admin.fetchTopicMetadata({ topics: [topic] }).catch(() => undefined);
      if (meta?.topics[0]?.partitions.length === 3 && meta.topics[0].partitions.every((p) => p.leader >= 0)) break;
      if (tries > 100) throw new Error(`topic ${topic} got no leaders`);
      await new Promise((r) => setTimeout(r, 100));
    }
    await Promise.all([producer.connect(), consumer.connect()]);
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        const t0 = sentAt.get(message.key!.toString());
        if (t0 !== undefined) latencies.push(performance.now() - t0);
        received++;
      },
    });
    const padding = 'x'.repeat(messageBytes);
    const send = async (measure: boolean) => {
      const key = randomUUID();
      if (measure) sentAt.set(key, performance.now());
      await producer.send({ topic, acks: -1, messages: [{ key, value: `{"id":"${key}","p":"${padding}"}`.slice(0, messageBytes) }] });
    };
    const deadline = performance.now() + TIMEOUT_MS;
    await pool(WARMUP, () => send(false));
    await until(() => received >= WARMUP, 'the raw warm-up', deadline);
    const results: Result[] = [];
    for (const { label, count, load } of LOADS) {
      received = 0;
      latencies = [];
      const start = performance.now();
      await drive(count, load, () => send(true));
      await until(() => received >= count, `the raw run (${label})`, deadline);
      results.push({ name: `raw kafkajs, ${label}`, count, seconds: (performance.now() - start) / 1000, latencies });
    }
    return results;
  } finally {
    await consumer.disconnect().catch(() => undefined);
    await producer.disconnect().catch(() => undefined);
    await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await admin.disconnect().catch(() => undefined);
  }
}

function report(pipeline: Result[], raw: Result[], messageBytes: number): void {
  const stats = (r: Result) => {
    const sorted = [...r.latencies].sort((a, b) => a - b);
    return { name: r.name, count: r.count, rate: r.count / r.seconds, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted[sorted.length - 1] };
  };
  const fmt = (n: number, digits = 1) => n.toFixed(digits);
  const table: string[][] = [['', 'events', 'events/s', 'p50 ms', 'p99 ms', 'max ms']];
  const separators: number[] = [0];
  LOADS.forEach((_, i) => {
    const [p, r] = [stats(pipeline[i]), stats(raw[i])];
    table.push(...[p, r].map((x) => [x.name, String(x.count), fmt(x.rate, 0), fmt(x.p50), fmt(x.p99), fmt(x.max)]));
    table.push(['  ratio pipeline / raw', '', `${fmt(p.rate / r.rate, 2)}x`, `${fmt(p.p50 / r.p50, 1)}x`, `${fmt(p.p99 / r.p99, 1)}x`, `${fmt(p.max / r.max, 1)}x`]);
    separators.push(table.length - 1);
  });
  const widths = table[0].map((_, i) => Math.max(...table.map((r) => r[i].length)));
  console.log(`\nPipeline benchmark: ${WARMUP} warm-up events, then each load below; ${CONCURRENCY} concurrent producers when "as fast as it goes"; ${messageBytes}-byte messages; brokers ${BROKERS.join(',')}\n`);
  table.forEach((r, j) => {
    console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('   '));
    if (separators.includes(j)) console.log(widths.map((w) => '-'.repeat(w)).join('   '));
  });
  console.log('');
  pipeline.forEach((r) => console.log(`${r.name}: ${r.breakdown}`));
  console.log(
    '\nLatency: pipeline from the command\'s commit to the consumer\'s effect committed (another database); raw from before send() to eachMessage.\n' +
      'Under "as fast as it goes" producers outrun the consumer, so latency there is mostly queueing; the steady load shows the latency of one event.',
  );
}

async function main(): Promise<void> {
  const messageBytes = Buffer.byteLength(JSON.stringify(anEvent(0)));
  console.log(`Running outbox → consumer pipeline (${LOADS.map((l) => `${l.count} events ${l.label}`).join(', then ')})...`);
  const pipeline = await benchPipeline();
  console.log('Running raw kafkajs produce → consume, same loads...');
  const raw = await benchRaw(messageBytes);
  report(pipeline, raw, messageBytes);
}

main().then(
  () => process.exit(0),
  (err: Error) => {
    console.error(`bench:pipeline failed: ${err.message}`);
    process.exit(1);
  },
);
