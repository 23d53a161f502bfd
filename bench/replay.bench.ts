/**
 * npm run bench:replay — how fast the review's projections rebuild from the topics (issue 14
 * item 3: at least 20 000 events/s), beside two ceilings measured in the same run on the same
 * machine, since the machine is shared and its speed varies from minute to minute:
 *
 *  - raw kafkajs: a bare consumer reads the same topics from the beginning and does nothing with
 *    the messages (the most any replay through Kafka could do);
 *  - raw PostgreSQL: as many rows as the replay writes figure members, inserted from unnest
 *    arrays in batches of 5 000 into a table without indexes (the most any writer could do).
 *
 * BENCH_REPLAY_EVENTS (default 200 000) realistic events (the bench:review mix: ~85 % loket
 * traffic, ~15 % consultations) are published to fresh topics with the live consumers stopped;
 * then `ProjectionReplayer.replay()` — the code `npm run review:replay` runs — rebuilds the
 * projections; BENCH_REPLAY_RUNS (default 2) replays per way of writing in BENCH_REPLAY_MODES
 * (default "bulk,consumers:1,consumers:2": the bulk writer — what the command runs — then the live
 * consumers' transactions with one member of the replay's group, then two in two processes, which
 * is how live replicas scale out), each into emptied tables.
 * BENCH_KAFKA_PARTITIONS sets the partitions of the bench's topics (default: the platform's 3).
 * Prints the rate with and without the consumer group's join, the kafkajs rebalances, and the
 * figure-counter total (equal in every run, else the bench fails).
 * Run it on a quiet machine: the CPU per event counts every process of a kind (a `tsc` started
 * during a run showed up as 100 µs of Node per event, and as a negative figure in the next run).
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { EventBroker, MessagingLifecycle } from '@pb/messaging';
import { consumerGroupJoins } from '@pb/observability';
import { dropTestDatabase } from '@pb/testing';
import { Kafka, logLevel } from 'kafkajs';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { ProjectionLog } from '../apps/review/src/projections/application/ports/projection-log';
import { ProjectionReplayer } from '../apps/review/src/projections/application/commands/replay-projections/projection-replayer';
import { PROJECTION_GROUP } from '../apps/review/src/projections/transport/kafka/projection-consumers';
import { strategyVersionEvent } from '../apps/review/test/factories/review-scenario.factory';
import { publishEvents, reviewEvents, reviewForBench } from './support/review-events';
import { cpuPerItem, cpuTimes } from './support/cpu';
import { runBench } from './support/run';

const EVENTS = Number(process.env.BENCH_REPLAY_EVENTS ?? 200_000);
const RUNS = Number(process.env.BENCH_REPLAY_RUNS ?? 2);
/** `bulk`, or `consumers:<readers>`. */
const MODES = (process.env.BENCH_REPLAY_MODES ?? 'bulk,consumers:1,consumers:2').split(',').map((m) => {
  const [writer, readers] = m.trim().split(':');
  if (writer !== 'bulk' && writer !== 'consumers') throw new Error(`BENCH_REPLAY_MODES: "${m}" is neither bulk nor consumers:<readers>`);
  return { writer: writer as 'bulk' | 'consumers', readers: Number(readers ?? 1), label: writer === 'bulk' ? 'bulk writer' : `consumers, ${readers ?? 1} reader(s)` };
});
const logger = pino({ level: process.env.LOG_LEVEL ?? 'warn' }, pino.destination(2));
const say = (line: string): void => void process.stdout.write(`${line}\n`);
const perSecond = (n: number, ms: number): number => Math.round((n / Math.max(ms, 1)) * 1000);


/** A bare kafkajs consumer over the same topics, from the beginning to the end offsets: messages/s. */
async function rawKafka(brokers: string[], topics: string[]): Promise<{ messages: number; millis: number }> {
  const kafka = new Kafka({ clientId: 'bench-replay-raw', brokers, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  const ends = new Map<string, number>();
  for (const topic of topics) {
    for (const p of await admin.fetchTopicOffsets(topic)) if (Number(p.high) > 0) ends.set(`${topic}/${p.partition}`, Number(p.high));
  }
  await admin.disconnect();
  const expected = [...ends.values()].reduce((a, b) => a + b, 0);
  const consumer = kafka.consumer({ groupId: `bench-replay-raw-${randomBytes(4).toString('hex')}` });
  await consumer.connect();
  await consumer.subscribe({ topics, fromBeginning: true });
  let messages = 0;
  let done!: () => void;
  const finished = new Promise<void>((r) => (done = r));
  const t0 = performance.now();
  await consumer.run({
    partitionsConsumedConcurrently: 3,
    eachBatch: async ({ batch }) => {
      messages += batch.messages.length;
      if (messages >= expected) done();
    },
  });
  await finished;
  const millis = performance.now() - t0;
  await consumer.disconnect();
  return { messages, millis };
}

/** Rows/s PostgreSQL takes from unnest arrays in batches of 5 000 (figure_members' shape, no index). */
async function rawPostgres(ds: DataSource, rows: number): Promise<{ rows: number; millis: number }> {
  await ds.query(`CREATE UNLOGGED TABLE IF NOT EXISTS bench_raw_insert (key text, record_id text, weight int)`);
  const keys = Array.from({ length: 5000 }, (_, i) => `reports|2026|1.${i % 24}|sector:${i % 21}`);
  const t0 = performance.now();
  for (let done = 0; done < rows; done += 5000) {
    const ids = keys.map((_, i) => `r-${done + i}`);
    await ds.query(`INSERT INTO bench_raw_insert (key, record_id, weight) SELECT * FROM unnest($1::text[], $2::text[], $3::int[])`, [keys, ids, keys.map(() => 1)]);
  }
  const millis = performance.now() - t0;
  await ds.query(`DROP TABLE bench_raw_insert`);
  return { rows, millis };
}

async function main(): Promise<void> {
  const { db, env, app, ds, settings } = await reviewForBench(logger);
  const broker = app.get(EventBroker);
  try {
    // Only the replay projects: the live consumers would take the events in as they arrive.
    await app.get(MessagingLifecycle).whenConnected();
    await Promise.all(app.get(MessagingLifecycle).hosts.map((h) => h.stop()));
    say(`PostgreSQL: ${settings}; ${EVENTS} events, ${RUNS} replays each: ${MODES.map((m) => m.label).join('; ')}`);

    let published = 1;
    await publishEvents(broker, [strategyVersionEvent()]);
    const p0 = performance.now();
    for (let seed = 1; published < EVENTS; seed++) {
      const chunk = reviewEvents(Math.min(20_000, EVENTS - published), 5000 + seed);
      await publishEvents(broker, chunk);
      published += chunk.length;
    }
    say(`published ${published} events in ${((performance.now() - p0) / 1000).toFixed(1)} s`);

    const replayer = app.get(ProjectionReplayer);
    const plan = await app.get(ProjectionLog).plan('bench-replay-topics');
    const topics = [...new Set([...plan.ends.keys()].map((k) => `${env.KAFKA_TOPIC_PREFIX}${k.slice(0, k.lastIndexOf('/'))}`))];
    const joins = async (): Promise<number> => (await consumerGroupJoins.get()).values.filter((v) => String(v.labels.group ?? '').startsWith(`${PROJECTION_GROUP}.replay`)).reduce((n, v) => n + v.value, 0);
    const best = new Map<string, number>();
    let counterTotal: number | null = null;
    let members = 0;
    for (const { writer, readers, label } of MODES) {
      for (let run = 1; run <= RUNS; run++) {
        const joinsBefore = await joins();
        let firstAt: number | null = null;
        const cpu0 = cpuTimes();
        const t0 = performance.now();
        const result = await replayer.replay({ writer, readers, onProgress: () => (firstAt ??= performance.now()) });
        const millis = performance.now() - t0;
        const cpu = cpuPerItem(cpu0, cpuTimes(), result.events);
        const [{ total, n }] = await ds.query(`SELECT coalesce(sum(value), 0)::bigint::text AS total, (SELECT count(*)::int FROM figure_members) AS n FROM figure_counters`);
        if (counterTotal !== null && total !== counterTotal) throw new Error(`a replay (${label}) counted ${total}, the first replay ${counterTotal}`);
        if (result.events !== published) throw new Error(`a replay (${label}) applied ${result.events} of ${published} events`);
        if (result.perReader.reduce((a, b) => a + b, 0) !== published) throw new Error(`the readers counted ${result.perReader.join(' + ')} events, not ${published}`);
        counterTotal = total;
        members = n;
        const afterJoin = firstAt === null ? millis : millis - (firstAt - t0);
        best.set(label, Math.max(best.get(label) ?? 0, perSecond(result.events, millis)));
        say(
          `replay ${run}, ${label} (applied ${result.perReader.join(' + ')}): ${result.events} events in ${(millis / 1000).toFixed(1)} s = ${perSecond(result.events, millis)} events/s ` +
            `(from the first batch committed: ${perSecond(result.events, afterJoin)} events/s); group joins in this process ${(await joins()) - joinsBefore}; ` +
            `figure counters sum ${total}, ${n} figure members; CPU µs per event: ${cpu}` +
            (result.timings ? `; ms ${Object.entries(result.timings).map(([k, v]) => `${k} ${v}`).join(', ')}` : ''),
        );
      }
    }

    const kafka = await rawKafka(env.KAFKA_BROKERS.split(','), topics);
    say(`raw kafkajs, the same topics read and dropped: ${kafka.messages} messages in ${(kafka.millis / 1000).toFixed(1)} s = ${perSecond(kafka.messages, kafka.millis)} messages/s`);
    const pg = await rawPostgres(ds, Math.max(members, 100_000));
    say(`raw PostgreSQL, unnest inserts of 5 000 rows: ${pg.rows} rows in ${(pg.millis / 1000).toFixed(1)} s = ${perSecond(pg.rows, pg.millis)} rows/s`);
    for (const [label, rate] of best) {
      say(
        `best replay, ${label}: ${rate} events/s = ${(rate / perSecond(kafka.messages, kafka.millis)).toFixed(2)} × raw kafkajs; ` +
          `${((members / published) * rate).toFixed(0)} figure members/s = ${(((members / published) * rate) / perSecond(pg.rows, pg.millis)).toFixed(2)} × raw PostgreSQL inserts`,
      );
    }
  } finally {
    await app.close().catch(() => undefined);
    await dropTestDatabase(db.name);
  }
}

runBench('bench:replay', main);
