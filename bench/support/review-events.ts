import { randomBytes } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { EventBroker } from '@pb/messaging';
import { createTestDatabase, testEnv } from '@pb/testing';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { ReviewAppModule } from '../../apps/review/src/app.module';
import { ReviewEnv } from '../../apps/review/src/config/review.env';
import { reviewMigrations } from '../../apps/review/src/migrations';
import { ScenarioEvent, consultationScenario, loketScenario } from '../../apps/review/test/factories/review-scenario.factory';

/**
 * About `n` realistic events for the review's projections, as bench:review and bench:replay feed
 * them: ~85 % loket traffic (≈4.4 events per report over 2025–2026), ~15 % consultations (40
 * responses per proposal). `seed` makes a chunk's ids its own.
 */
export function reviewEvents(n: number, seed: number): ScenarioEvent[] {
  const reports = Math.max(1, Math.round((n * 0.85) / 4.4));
  const proposals = Math.max(1, Math.round((n * 0.15) / 44));
  return [...loketScenario({ reports, seed, years: [2025, 2026] }), ...consultationScenario({ proposals, responsesPerProposal: 40, seed, year: seed % 2 ? 2026 : 2025 })];
}

/** Publishes events as their owning services would: per topic, keyed by aggregate, in chunks. */
export async function publishEvents(broker: EventBroker, events: ScenarioEvent[], chunk = 2000): Promise<void> {
  const byTopic = new Map<string, ScenarioEvent[]>();
  for (const e of events) {
    const list = byTopic.get(e.topic);
    if (list) list.push(e);
    else byTopic.set(e.topic, [e]);
  }
  for (const [topic, list] of byTopic) {
    for (let i = 0; i < list.length; i += chunk) {
      await broker.publish(topic, list.slice(i, i + chunk).map((e) => ({ key: e.key, value: JSON.stringify(e.envelope) })));
    }
  }
}

/**
 * The review service as the benches run it: a throw-away database, its own topic prefix, no
 * scheduled jobs; `settings` names the PostgreSQL settings that matter for throughput figures.
 */
export async function reviewForBench(logger: Logger): Promise<{ db: { name: string }; env: ReviewEnv; app: INestApplicationContext; ds: DataSource; settings: string }> {
  const db = await createTestDatabase('review', reviewMigrations);
  const env = testEnv(ReviewEnv, {
    DATABASE_URL: db.url,
    KAFKA_TOPIC_PREFIX: `bench-${randomBytes(4).toString('hex')}.`,
    LOG_LEVEL: 'warn',
    // Partitions per topic of the bench's own topics (the platform's default is 3).
    ...(process.env.BENCH_KAFKA_PARTITIONS ? { KAFKA_PARTITIONS: Number(process.env.BENCH_KAFKA_PARTITIONS) } : {}),
  });
  const app = await NestFactory.createApplicationContext(ReviewAppModule.register({ env, logger, jobs: false }), { logger: false });
  await app.init();
  const ds = app.get(DataSource);
  const rows: { name: string; setting: string }[] = await ds.query(
    `SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes', 'shared_buffers') ORDER BY name`,
  );
  return { db, env, app, ds, settings: `${rows.map((s) => `${s.name}=${s.setting}`).join(', ')}; Kafka ${env.KAFKA_BROKERS}, ${env.KAFKA_PARTITIONS} partitions` };
}
