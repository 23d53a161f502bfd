/**
 * npm run bench:responses — consultation responses through the public API, beside raw PostgreSQL.
 *
 *  1. responses accepted per second through POST /api/proposals/{id}/comments (validation, rate-limit
 *     bookkeeping, projection check, insert, verification row, mail outbox — one transaction) and
 *     p50/p99 latency, over real HTTP on loopback;
 *  2. single-row INSERTs into PostgreSQL in the same run and the same database, same concurrency;
 *     the ratio of 1 to 2 is printed;
 *  3. time from confirming the e-mail (the moment a response counts) until the review service counts
 *     it (GET /api/review/monitor → totals.responses), if the review service counts responses;
 *     always also the time until consultation.ResponseSubmitted is on Kafka.
 *
 * Bounded loops, loopback only, throw-away databases (pb_test_*) and a private topic prefix. The
 * mail relay is off (tokens are read from the mail outbox) so MailDev is not flooded.
 * Settings: BENCH_RESPONSES (default 2000), BENCH_CONCURRENCY (16), BENCH_COUNTED (200).
 */
import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { Topics } from '@pb/contracts';
import { EventBroker } from '@pb/messaging';
import { createTestApp, createTestDatabase, dropTestDatabase, testEnv, testLogger, waitFor } from '@pb/testing';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { cpus } from 'node:os';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { CommentsAppModule } from '../apps/comments/src/app.module';
import { CommentsEnv } from '../apps/comments/src/config/comments.env';
import { commentsMigrations } from '../apps/comments/src/migrations';
import { openProposalIn } from './support/open-proposal';
import { percentile, runPool } from './support/load';

const TOTAL = Number(process.env.BENCH_RESPONSES ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const COUNTED = Number(process.env.BENCH_COUNTED ?? 200);
const WARMUP = 100;

const pct = percentile;
const ms = (n: number) => `${n.toFixed(1)} ms`;


async function tryStartReview(prefix: string): Promise<{ app: INestApplication; db: string; url: string } | { reason: string }> {
  try {
    // Loaded lazily: the benchmark still runs when the review service is absent or broken.
    const { ReviewAppModule } = await import('../apps/review/src/app.module');
    const { ReviewEnv } = await import('../apps/review/src/config/review.env');
    const { reviewMigrations } = await import('../apps/review/src/migrations');
    const db = await createTestDatabase('review', reviewMigrations);
    const app = await createTestApp(ReviewAppModule.register({ env: testEnv(ReviewEnv, { DATABASE_URL: db.url, KAFKA_TOPIC_PREFIX: prefix }), logger: testLogger() }));
    await app.listen(0, '127.0.0.1');
    const url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    const monitor = (await (await fetch(`${url}/api/review/monitor`)).json()) as { totals?: Record<string, unknown> };
    if (typeof monitor.totals?.responses !== 'number') {
      await app.close();
      await dropTestDatabase(db.name);
      return { reason: 'the review monitor has no totals.responses' };
    }
    return { app, db: db.name, url };
  } catch (err) {
    return { reason: `the review service did not start: ${(err as Error).message}` };
  }
}

async function main(): Promise<void> {
  const db = await createTestDatabase('comments', commentsMigrations);
  const env = testEnv(CommentsEnv, {
    DATABASE_URL: db.url,
    RATE_LIMIT_PER_ADDRESS: 1_000_000,
    RATE_LIMIT_PER_EMAIL: 1_000_000,
    MAIL_RELAY_ENABLED: false,
  });
  const app = await createTestApp(CommentsAppModule.register({ env, logger: testLogger() }));
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  const ds = app.get(DataSource);
  const pool = new Pool({ connectionString: db.url, max: CONCURRENCY });
  let review: Awaited<ReturnType<typeof tryStartReview>> | undefined;

  try {
    const { proposalId } = await openProposalIn(app, { title: 'Benchmark' });

    const emails: string[] = [];
    const ids: string[] = [];
    const post = async (i: number) => {
      const email = `bench-${i}-${proposalId.slice(0, 8)}@example.org`;
      const res = await fetch(`${base}/api/proposals/${proposalId}/comments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ body: `Reactie ${i}: een werkplaats per provincie helpt het mkb verder. <b>tekst</b>`, author: { name: `Respondent ${i}`, email }, onBehalfOf: i % 5 ? null : 'Brancheorganisatie', public: true, parentId: null }),
      });
      if (res.status !== 202) throw new Error(`response ${i}: HTTP ${res.status} ${await res.text()}`);
      const body = (await res.json()) as { id: string };
      emails[i] = email;
      ids[i] = body.id;
    };

    // 1. Through the API.
    await runPool(WARMUP, CONCURRENCY, (i) => post(TOTAL + i));
    const api = await runPool(TOTAL, CONCURRENCY, post);
    const apiRate = (TOTAL / api.wallMs) * 1000;

    // 2. Raw single-row INSERTs, same database, same concurrency, each its own autocommit transaction.
    await pool.query(`CREATE TABLE bench_raw (id uuid PRIMARY KEY, body text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())`);
    const raw = await runPool(TOTAL, CONCURRENCY, async (i) => {
      await pool.query(`INSERT INTO bench_raw (id, body) VALUES ($1, $2)`, [randomUUID(), `Reactie ${i}`]);
    });
    const rawRate = (TOTAL / raw.wallMs) * 1000;

    // 3. Time until counted.
    review = await tryStartReview(env.KAFKA_TOPIC_PREFIX);
    const onKafka = new Map<string, number>();
    const observer = await app.get(EventBroker).subscribe({
      groupId: `bench-observer-${proposalId.slice(0, 8)}`,
      topics: [Topics.comments],
      onMessage: async (m) => {
        const e = JSON.parse(m.value!.toString());
        if (e.type === 'consultation.ResponseSubmitted') onKafka.set(e.aggregateId, performance.now());
      },
    });
    const outbox: { to_address: string; text_body: string }[] = await ds.query(`SELECT to_address, text_body FROM mail_outbox WHERE kind = 'comments.verify-response'`);
    const tokenOf = new Map(outbox.map((m) => [m.to_address, /token=([A-Za-z0-9_-]+)/.exec(m.text_body)![1]]));
    const confirmedAt: number[] = [];
    const reviewLatencies: number[] = [];
    let reviewSeen = 0;
    const reviewUrl = 'url' in review ? review.url : undefined;
    let polling = !!reviewUrl;
    const poller = (async () => {
      while (polling) {
        const totals = ((await (await fetch(`${reviewUrl}/api/review/monitor`)).json()) as { totals: { responses: number } }).totals;
        const t = performance.now();
        while (reviewSeen < totals.responses && reviewSeen < confirmedAt.length) reviewLatencies.push(t - confirmedAt[reviewSeen++]);
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    const counted = Math.min(COUNTED, TOTAL);
    for (let i = 0; i < counted; i++) {
      const t0 = performance.now();
      confirmedAt.push(t0);
      const res = await fetch(`${base}/api/comments/verifications`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: tokenOf.get(emails[i]) }) });
      if (res.status !== 200) throw new Error(`confirm ${i}: HTTP ${res.status}`);
      await new Promise((r) => setTimeout(r, 10)); // a steady trickle, not a burst
    }
    await waitFor(async () => ids.slice(0, counted).every((id) => onKafka.has(id)), Boolean, { what: 'every ResponseSubmitted on Kafka', timeoutMs: 60000 });
    // Give the review service time to count; if it has not counted the first one after 15 s it does not count responses.
    if (reviewUrl) await waitFor(async () => reviewSeen, (n) => n >= counted, { what: 'review counting every response', timeoutMs: reviewSeen > 0 ? 60000 : 15000 }).catch(() => undefined);
    polling = false;
    await poller;
    await observer.stop();
    const kafkaLatencies = ids.slice(0, counted).map((id, i) => onKafka.get(id)! - confirmedAt[i]).sort((a, b) => a - b);
    reviewLatencies.sort((a, b) => a - b);

    const lines = [
      `bench:responses — ${TOTAL} responses, concurrency ${CONCURRENCY}, loopback; PostgreSQL ${(await pool.query('SHOW server_version')).rows[0].server_version} (fsync=${(await pool.query('SHOW fsync')).rows[0].fsync}, synchronous_commit=${(await pool.query('SHOW synchronous_commit')).rows[0].synchronous_commit}); ${cpus().length} cores shared`,
      `  API   POST /api/proposals/{id}/comments   ${apiRate.toFixed(0)} responses/s   p50 ${ms(pct(api.durations, 50))}   p99 ${ms(pct(api.durations, 99))}`,
      `  raw   single-row INSERT (autocommit)      ${rawRate.toFixed(0)} rows/s        p50 ${ms(pct(raw.durations, 50))}   p99 ${ms(pct(raw.durations, 99))}`,
      `  ratio API / raw insert                    ${(apiRate / rawRate).toFixed(3)}  (1 : ${(rawRate / apiRate).toFixed(1)})`,
      `  confirmed → ResponseSubmitted on Kafka    p50 ${ms(pct(kafkaLatencies, 50))}   p99 ${ms(pct(kafkaLatencies, 99))}   (${counted} responses)`,
      reviewUrl && reviewLatencies.length >= counted
        ? `  confirmed → counted by review monitor     p50 ${ms(pct(reviewLatencies, 50))}   p99 ${ms(pct(reviewLatencies, 99))}   (${counted} responses, monitor polled every ~5 ms)`
        : `  confirmed → counted by review            not measured: ${'reason' in review ? review.reason : reviewLatencies.length ? `the review service counted only ${reviewLatencies.length} of ${counted}` : `the review service does not count consultation.ResponseSubmitted yet (0 of ${counted} after 15 s)`} (time to Kafka above instead)`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    if (review && 'app' in review) {
      await review.app.close().catch(() => undefined);
      await dropTestDatabase(review.db).catch(() => undefined);
    }
    await pool.end();
    await app.close();
    await dropTestDatabase(db.name);
  }
}

main().then(
  () => process.exit(0),
  (err: Error) => {
    process.stderr.write(`bench:responses failed: ${err.stack ?? err.message}\n`);
    process.exit(1);
  },
);
