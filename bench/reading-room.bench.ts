/**
 * npm run bench:reading-room — the coordinator's reading room and export of one consultation at
 * 25 000 and at 250 000 confirmed responses (issue 11: "the coordinator's list and export at
 * 250 000 responses: first page in under 300 ms, export streamed in constant memory").
 *
 * The comments service runs in this process on a throw-away database; the responses are written
 * with one INSERT … SELECT per 50 000 (this measures reading, and 250 000 through the public form
 * would take an hour here). Per size:
 *  - GET …/comments/reading-room: first page, a full-text search, and a filter on organisations,
 *    each BENCH_RUNS times after a warm-up (p50/p95, ms over loopback);
 *  - GET …/comments/export?format=csv and ?format=xlsx: time to first byte, to the end, the size, and
 *    the peak resident memory of this process above what it used before the download (sampled
 *    every 50 ms), and in a second download the peak of what it holds on to (live heap plus Buffers
 *    outside the heap, a GC forced every 100 ms) — the same at 25 000 and at 1 000 000 rows is what
 *    "constant memory" means. (Buffers count since 2 Dec: exceljs's zip backlog was Buffers, +163 MiB
 *    at 400 000 rows, and the live heap alone showed 13.9 MiB at a million.)
 * Prints a table and writes bench/results/reading-room.md. Asserts nothing.
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { createTestApp, createTestDatabase, dropTestDatabase, testEnv, testLogger } from '@pb/testing';
import { DataSource } from 'typeorm';
import { signDevelopmentToken } from '../libs/auth/src';
import { CommentsAppModule } from '../apps/comments/src/app.module';
import { CommentsEnv } from '../apps/comments/src/config/comments.env';
import { commentsMigrations } from '../apps/comments/src/migrations';
import { openProposalIn } from './support/open-proposal';
import { percentile } from './support/load';

const SIZES = (process.env.BENCH_SIZES ?? '25000,250000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const CHUNK = 50_000;
const say = (line: string): void => void process.stdout.write(`${line}\n`);

/** Writes `count` more confirmed, published responses numbered from `from`. */
async function insertResponses(ds: DataSource, proposalId: string, questionId: string, from: number, count: number): Promise<void> {
  for (let start = from; start < from + count; start += CHUNK) {
    const n = Math.min(CHUNK, from + count - start);
    await ds.query(
      `INSERT INTO responses (id, proposal_id, parent_id, body, answers, author_name, author_email, email_normalised, respondent_id, on_behalf_of,
                              is_public, text_version, lang, status, needs_review, flag_count, support_count, submitted_at, verified_at, published_at, version)
       SELECT gen_random_uuid(), $1, NULL,
              'Reactie ' || i || ': ' || (ARRAY['een werkplaats per provincie helpt het mkb verder',
                                                'de regels voor gegevensdeling zijn onduidelijk voor kleine bedrijven',
                                                'digitale vaardigheden in het onderwijs verdienen meer aandacht',
                                                'de overheid moet open standaarden voorschrijven bij inkoop'])[1 + i % 4] || '.',
              jsonb_build_array(jsonb_build_object('questionId', $2::text, 'answer', 'Antwoord ' || i)),
              'Respondent ' || i, 'respondent-' || i || '@example.org', 'respondent-' || i || '@example.org', md5(i::text),
              CASE WHEN i % 5 = 0 THEN 'Brancheorganisatie ' || (i % 40) END,
              i % 10 <> 0, 1, 'nl', 'published', false, 0, 0,
              now() - i * interval '1 second', now() - i * interval '1 second', now() - i * interval '1 second', 1
         FROM generate_series($3::int, $4::int) AS i`,
      [proposalId, questionId, start, start + n - 1],
    );
  }
  await ds.query(`ANALYZE responses`);
}

async function timeGet(url: string, token: string): Promise<{ ms: number; ttfbMs: number; status: number; bytes: number }> {
  const started = performance.now();
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  const ttfbMs = performance.now() - started;
  let bytes = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.length;
  return { ms: performance.now() - started, ttfbMs, status: res.status, bytes };
}

/** Runs `work` while sampling this process's resident memory; gives its peak above the start, MiB. */
async function peakRssDuring<T>(work: () => Promise<T>): Promise<{ result: T; peakMiB: number }> {
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, peakMiB: (peak - before) / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}

/**
 * Runs `work` while forcing a garbage collection every 100 ms and reading the live heap plus the
 * Buffers outside it: their peak above the start, MiB. RSS also counts garbage not collected yet,
 * which V8 lets grow with the amount written; this is what the export holds on to. (Slows the
 * download: a pass of its own.)
 */
async function peakLiveHeapDuring<T>(work: () => Promise<T>): Promise<number> {
  const gc = global.gc;
  if (!gc) return Number.NaN;
  gc();
  const held = (): number => {
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const before = held();
  let peak = before;
  const timer = setInterval(() => {
    gc();
    peak = Math.max(peak, held());
  }, 100);
  try {
    await work();
    return (peak - before) / 2 ** 20;
  } finally {
    clearInterval(timer);
  }
}

async function main(): Promise<void> {
  const db = await createTestDatabase('readingroom', commentsMigrations);
  const env = testEnv(CommentsEnv, { DATABASE_URL: db.url, MAIL_RELAY_ENABLED: false, RATE_LIMIT_PER_ADDRESS: 1_000_000 });
  const app = await createTestApp(CommentsAppModule.register({ env, logger: testLogger() }));
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  const ds = app.get(DataSource);
  const token = signDevelopmentToken({ secret: env.JWT_SECRET, issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE }, { sub: 'bench-coordinator', roles: ['coordinator'], name: 'Bench' }, 3600);
  const listRows: string[] = [];
  const exportRows: string[] = [];
  try {
    const { proposalId, questionId } = await openProposalIn(app, { title: 'Leeszaalbenchmark', question: { id: randomUUID(), text: 'Wat vindt u van dit voorstel?' } });

    let written = 0;
    for (const size of SIZES) {
      const t0 = performance.now();
      await insertResponses(ds, proposalId, questionId, written + 1, size - written);
      written = size;
      say(`${size} responses written (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
      const room = `${base}/api/proposals/${proposalId}/comments/reading-room`;
      for (const [name, url] of [
        ['first page', room],
        ['search "gegevensdeling"', `${room}?q=gegevensdeling`],
        ['organisations only', `${room}?organisation=true`],
      ] as const) {
        await timeGet(url, token);
        const samples: number[] = [];
        let status = 0;
        for (let i = 0; i < RUNS; i++) {
          const r = await timeGet(url, token);
          samples.push(r.ms);
          status = r.status;
        }
        samples.sort((a, b) => a - b);
        const row = `| ${size} | ${name} | ${status} | ${percentile(samples, 50).toFixed(0)} | ${percentile(samples, 95).toFixed(0)} |`;
        listRows.push(row);
        say(row);
      }
      for (const format of ['csv', 'xlsx'] as const) {
        const url = `${base}/api/proposals/${proposalId}/comments/export?format=${format}`;
        const { result, peakMiB } = await peakRssDuring(() => timeGet(url, token));
        const liveMiB = await peakLiveHeapDuring(() => timeGet(url, token));
        const row = `| ${size} | ${format} | ${result.status} | ${result.ttfbMs.toFixed(0)} | ${(result.ms / 1000).toFixed(1)} | ${(result.bytes / 2 ** 20).toFixed(1)} | ${peakMiB.toFixed(0)} | ${liveMiB.toFixed(1)} |`;
        exportRows.push(row);
        say(row);
      }
    }
    const lines = [
      '# Reading room and export (npm run bench:reading-room)',
      '',
      `${new Date().toISOString()}; the comments service in the benchmark's process on real PostgreSQL; ${RUNS} runs per list row after a warm-up, one at a time, over loopback.`,
      '',
      '| responses | list | status | p50 ms | p95 ms |',
      '| ---: | --- | --- | ---: | ---: |',
      ...listRows,
      '',
      '| responses | export | status | TTFB ms | total s | MiB | peak RSS above start, MiB | peak live heap + Buffers above start (GC every 100 ms), MiB |',
      '| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: |',
      ...exportRows,
    ];
    writeFileSync(join(__dirname, 'results', 'reading-room.md'), `${lines.join('\n')}\n`);
    say('\nwritten to bench/results/reading-room.md');
  } finally {
    await app.close();
    await dropTestDatabase(db.name);
  }
}

main().then(
  () => process.exit(0),
  (err: Error) => {
    process.stderr.write(`bench:reading-room failed: ${err.stack ?? err.message}\n`);
    process.exit(1);
  },
);
