/**
 * npm run bench:review — what an annual review costs to compile with few and with many events in
 * the projections, and how fast the projections rebuild by replay.
 *
 *  1. seeds ~BENCH_SMALL events (default 10 000: loket traffic over 2025–2026 plus consultations)
 *     through Kafka as the owning services would, waits until the live projection consumers took
 *     them in (live projection throughput), compiles the 2026 review BENCH_RUNS times (median);
 *  2. replays the topics into emptied projections with a fresh consumer group (replay throughput);
 *     then BENCH_SMALL more events with one live consumer, and BENCH_SMALL more with two (a second
 *     instance of the service in the same group), and prints both rates;
 *  3. seeds more, in chunks, up to BENCH_LARGE events (default 1 000 000) or until the time budget
 *     BENCH_BUDGET_S (default 600 s) for seeding would run out — whichever comes first, and says
 *     which; then compiles again and prints the ratio large/small.
 *
 * Real PostgreSQL (its settings are printed) and Kafka; a throw-away database and topic prefix.
 * Environment: BENCH_SMALL, BENCH_LARGE, BENCH_BUDGET_S, BENCH_RUNS (3), KAFKA_BROKERS, PGHOST/PGPORT/PGUSER/PGPASSWORD.
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { NestFactory } from '@nestjs/core';
import { CommandBus } from '@nestjs/cqrs';
import { EventBroker, MessagingLifecycle } from '@pb/messaging';
import { consumerGroupJoins } from '@pb/observability';
import { dropTestDatabase } from '@pb/testing';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { ReviewAppModule } from '../apps/review/src/app.module';
import { ProjectionReplayer } from '../apps/review/src/projections/application/commands/replay-projections/projection-replayer';
import { PROJECTION_GROUP } from '../apps/review/src/projections/transport/kafka/projection-consumers';
import { CompileReviewCommand } from '../apps/review/src/reviews/application/commands/compile-review/compile-review.command';
import { ReviewJobRunner } from '../apps/review/src/reviews/application/commands/compile-review/review-job.runner';
import { strategyVersionEvent } from '../apps/review/test/factories/review-scenario.factory';
import { publishEvents, reviewEvents, reviewForBench } from './support/review-events';
import { runBench } from './support/run';

const SMALL = Number(process.env.BENCH_SMALL ?? 10_000);
const LARGE = Number(process.env.BENCH_LARGE ?? 1_000_000);
const BUDGET_MS = Number(process.env.BENCH_BUDGET_S ?? 600) * 1000;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const logger = pino({ level: process.env.LOG_LEVEL ?? 'warn' }, pino.destination(2));
const say = (line: string): void => void process.stdout.write(`${line}\n`);

let chunkSeed = 1000;
/** The next chunk of about `n` events, each chunk with ids of its own. */
const generate = (n: number) => reviewEvents(n, chunkSeed++);

async function projected(ds: DataSource): Promise<number> {
  const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM inbox_messages WHERE consumer = $1`, [PROJECTION_GROUP]);
  return n;
}

async function waitProjected(ds: DataSource, target: number): Promise<void> {
  while ((await projected(ds)) < target) await new Promise((r) => setTimeout(r, 250));
}

async function compileMillis(app: { get: <T>(t: new (...a: never[]) => T) => T }, runs: number): Promise<{ median: number; all: number[] }> {
  const all: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await app.get(CommandBus).execute(new CompileReviewCommand(2026, 'bench'));
    await app.get(ReviewJobRunner).runPending();
    all.push(performance.now() - t0);
  }
  const sorted = [...all].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], all };
}

async function main(): Promise<void> {
  const { db, env, app, ds, settings } = await reviewForBench(logger);
  const broker = app.get(EventBroker);
  try {
    say(`PostgreSQL: ${settings}`);

    // 1. small
    let total = 1;
    await publishEvents(broker, [strategyVersionEvent()]);
    const small = generate(SMALL - 1);
    let t0 = performance.now();
    await publishEvents(broker, small);
    total += small.length;
    await waitProjected(ds, total);
    const liveSmall = (small.length / (performance.now() - t0)) * 1000;
    say(`seeded ${total} events through Kafka; live projection ${liveSmall.toFixed(0)} events/s (publish + consume)`);
    const compileSmall = await compileMillis(app, RUNS);
    say(`compile 2026 with ${total} events: median ${compileSmall.median.toFixed(0)} ms (runs: ${compileSmall.all.map((m) => m.toFixed(0)).join(', ')})`);

    // 2. replay
    await Promise.all(app.get(MessagingLifecycle).hosts.map((h) => h.stop()));
    const replay = await app.get(ProjectionReplayer).replay();
    say(`replay of ${replay.events} events: ${replay.millis} ms, ${replay.eventsPerSecond} events/s`);
    // The live consumers go on from where the replay ended (same inbox), as after `npm run review:replay`.
    await app.close();
    const app2 = await NestFactory.createApplicationContext(ReviewAppModule.register({ env, logger, jobs: false }), { logger: false });
    await app2.init();
    const ds2 = app2.get(DataSource);

    // 2b. live projection with one and with two consumers of the group (two replicas), the same
    // amount of fresh events each; since issue 14 the projections take no global lock, so the
    // second consumer's partitions project beside the first's.
    const liveChunk = async (): Promise<number> => {
      const events = generate(SMALL);
      const c0 = performance.now();
      await publishEvents(app2.get(EventBroker), events);
      total += events.length;
      await waitProjected(ds2, total);
      return (events.length / (performance.now() - c0)) * 1000;
    };
    const joins = async (): Promise<number> => (await consumerGroupJoins.get()).values.filter((v) => v.labels.group === PROJECTION_GROUP).reduce((n, v) => n + v.value, 0);
    const joinsBeforeOne = await joins();
    const withOne = await liveChunk();
    const joinsDuringOne = (await joins()) - joinsBeforeOne;
    const second = await NestFactory.createApplicationContext(ReviewAppModule.register({ env, logger, jobs: false }), { logger: false });
    await second.init();
    await new Promise((r) => setTimeout(r, 5000)); // the group rebalances over the two
    const joinsBeforeTwo = await joins();
    const withTwo = await liveChunk();
    const joinsDuringTwo = (await joins()) - joinsBeforeTwo;
    await second.close();
    say(`projection consumers' group joins while projecting (each a rebalance): one consumer ${joinsDuringOne}, two consumers ${joinsDuringTwo}`);
    say(`live projection, ${SMALL} events each: one consumer ${withOne.toFixed(0)} events/s, two consumers ${withTwo.toFixed(0)} events/s (two/one ${(withTwo / withOne).toFixed(2)})`);

    // 3. large, within the budget
    const started = performance.now();
    const joinsBeforeLarge = await joins();
    let reason = `reached BENCH_LARGE=${LARGE}`;
    let rate = liveSmall;
    while (total < LARGE) {
      const elapsed = performance.now() - started;
      const chunk = Math.min(LARGE - total, Math.max(20_000, Math.round(rate * 60)));
      if (elapsed + (chunk / rate) * 1000 > BUDGET_MS) {
        reason = `stopped by the ${BUDGET_MS / 1000} s seeding budget (next chunk of ${chunk} would not fit at ${rate.toFixed(0)} events/s)`;
        break;
      }
      const events = generate(chunk);
      const c0 = performance.now();
      await publishEvents(app2.get(EventBroker), events);
      total += events.length;
      await waitProjected(ds2, total);
      rate = (events.length / (performance.now() - c0)) * 1000;
      say(`  +${events.length} → ${total} events (${rate.toFixed(0)} events/s)`);
    }
    say(`large set: ${total} events, ${reason}; projection consumer group joins while seeding it (each a rebalance): ${(await joins()) - joinsBeforeLarge}`);
    const counters = (await ds2.query(`SELECT count(*)::int AS n FROM figure_counters WHERE year IN (2025, 2026)`))[0].n;
    const compileLarge = await compileMillis(app2, RUNS);
    say(`compile 2026 with ${total} events (${counters} counters of 2025–2026): median ${compileLarge.median.toFixed(0)} ms (runs: ${compileLarge.all.map((m) => m.toFixed(0)).join(', ')})`);
    say(`ratio compile(large)/compile(small) = ${(compileLarge.median / compileSmall.median).toFixed(2)} for ${(total / SMALL).toFixed(1)}× the events`);
    t0 = performance.now();
    await app2.close();
  } finally {
    await app.close().catch(() => undefined);
    await dropTestDatabase(db.name);
  }
}

runBench('bench:review', main);
