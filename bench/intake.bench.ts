/**
 * npm run bench:intake — how many reports a second the loket takes in (issue 14: Amsterdam's desk
 * takes about 1 000 a day, a load test sent 150 a second), on the real PostgreSQL, Kafka and SMTP
 * sink, through the loket's own HTTP API with its whole submit path: validation, the routing rules,
 * the text signature, the reference counter, the report and reporter rows, the outbox event and the
 * acknowledgement mail, all in one transaction.
 *
 *  1. baseline: the database alone — per "report" one transaction that bumps the same year's
 *     reference counter and inserts a row of about the report's size, at the same concurrency. Every
 *     intake takes the counter, so this is the ceiling of a gap-free numbering on this machine now.
 *  2. intake: BENCH_REPORTS (default 400) submits at BENCH_CONCURRENCY (default 16) at once, from
 *     fetch over loopback to the loket listening on a free port.
 *
 * Prints reports/s, p50/p99 per submit and intake/baseline, and writes bench/results/intake.md.
 * Asserts nothing.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { LoketAppModule } from '../apps/loket/src/app.module';
import { LoketEnv } from '../apps/loket/src/config/loket.env';
import { loketMigrations } from '../apps/loket/src/migrations';
import { aReportRequest } from '../apps/loket/test/factories/report-request.factory';
import { percentile, runPool } from './support/load';
import { createTestApp, createTestDatabase, dropTestDatabase, testEnv, testLogger } from '../libs/testing/src';

const REPORTS = Number(process.env.BENCH_REPORTS ?? 400);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const WARMUP = 20;

const lines: string[] = [];
const say = (line: string): void => {
  lines.push(line);
  process.stdout.write(`${line}\n`);
};


async function baseline(url: string): Promise<{ durations: number[]; wallMs: number }> {
  const ds = await new DataSource({ type: 'postgres', url, poolSize: CONCURRENCY + 2 }).initialize();
  await ds.query(`CREATE TABLE bench_rows (id serial PRIMARY KEY, reference text NOT NULL, body text NOT NULL, at timestamptz NOT NULL DEFAULT clock_timestamp())`);
  const body = JSON.stringify(aReportRequest()).repeat(3);
  const result = await runPool(REPORTS, CONCURRENCY, async () => {
    await ds.transaction(async (m) => {
      const [{ last }] = await m.query(
        `INSERT INTO reference_counters (year, last) VALUES (1999, 1) ON CONFLICT (year) DO UPDATE SET last = reference_counters.last + 1 RETURNING last`,
      );
      await m.query(`INSERT INTO bench_rows (reference, body) VALUES ($1, $2)`, [`LKT-1999-${last}`, body]);
    });
  });
  await ds.query(`DROP TABLE bench_rows`);
  await ds.query(`DELETE FROM reference_counters WHERE year = 1999`);
  await ds.destroy();
  return result;
}

async function main(): Promise<void> {
  const db = await createTestDatabase('loket', loketMigrations);
  const run = randomBytes(4).toString('hex');
  let app: NestExpressApplication | undefined;
  try {
    const env = testEnv(LoketEnv, {
      DATABASE_URL: db.url,
      PUBLIC_BASE_URL: 'http://portal.test',
      LOKET_INTAKE_PER_ADDRESS: 1_000_000,
      LOKET_INTAKE_PER_EMAIL: 1_000_000,
    });
    app = await createTestApp(LoketAppModule.register({ env, logger: testLogger() }));
    await app.listen(0, '127.0.0.1');
    const port = (app.getHttpServer().address() as { port: number }).port;
    const submit = async (i: number) => {
      const base = aReportRequest({ title: `Belemmering ${i} bij vergunning voor drones ${run}` });
      const body = { ...base, contact: { ...(base.contact as object), email: `intake-${run}-${i}@example.org` } };
      const res = await fetch(`http://127.0.0.1:${port}/api/loket/reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      if (res.status !== 201) throw new Error(`submit ${i}: ${res.status} ${await res.text()}`);
    };
    say(`bench:intake — ${REPORTS} reports at ${CONCURRENCY} at once, after ${WARMUP} to warm up; database ${db.name}`);
    await runPool(WARMUP, 4, (i) => submit(-1 - i));

    const raw = await baseline(db.url);
    const intake = await runPool(REPORTS, CONCURRENCY, submit);

    const row = (name: string, r: { durations: number[]; wallMs: number }) =>
      `| ${name} | ${REPORTS} | ${((REPORTS * 1000) / r.wallMs).toFixed(1)} | ${percentile(r.durations, 50).toFixed(1)} | ${percentile(r.durations, 99).toFixed(1)} |`;
    say('');
    say('| what | reports | per second | p50 ms | p99 ms |');
    say('| --- | ---: | ---: | ---: | ---: |');
    say(row('baseline: counter + one row per transaction (PostgreSQL alone)', raw));
    say(row('intake: POST /api/loket/reports, the whole submit path', intake));
    say('');
    say(`intake/baseline: **${(raw.wallMs / intake.wallMs).toFixed(3)}**`);
    writeFileSync(
      join(__dirname, 'results', 'intake.md'),
      `# Loket intake (npm run bench:intake)\n\n${new Date().toISOString()}, ${REPORTS} reports at ${CONCURRENCY} at once, load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores.\n\n${lines.slice(1).join('\n')}\n`,
    );
  } finally {
    await app?.close();
    await dropTestDatabase(db.name);
  }
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
