/**
 * npm run bench:scale — first version: on a platform seeded by `npm run seed:scale` (as `npm start`
 * runs it), the p50/p95/p99 time of the main public pages, the list endpoints of the public,
 * officials and moderators (first page, and the last page reached by following `next`, where the
 * largest list has one), and of streaming the open-data export (time to first byte and to the end).
 * Times are taken by this client over loopback (request to last byte), one request at a time, so
 * they are the server's time plus a loopback round trip. Writes bench/results/scale.md.
 *
 *   npm run bench:scale -- [--base-url http://127.0.0.1:3000] [--runs 30] [--state .local/seed-scale-0.01.state.json]
 *
 * The consultation measured is the seed's proposal 0 (the one with a million responses at scale
 * 1), read from the seed's state file, or else the open consultation with the most responses.
 * Not yet here (issue 14 item 2): staff portal pages (they need a login session), the review PDF,
 * memory of the exports, compile time, monitor freshness under load, submit-to-mail latency.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { signDevelopmentToken } from '../libs/auth/src';
import { CommonEnv, validateEnv } from '../libs/config/src';

const say = (line: string): void => void process.stdout.write(`${line}\n`);

export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

interface Target {
  name: string;
  path: string;
  token?: string;
}

async function timeOnce(base: string, t: Target): Promise<{ ms: number; ttfbMs: number; status: number; bytes: number }> {
  const started = performance.now();
  const res = await fetch(`${base}${t.path}`, { headers: t.token ? { authorization: `Bearer ${t.token}` } : {} });
  const ttfbMs = performance.now() - started;
  let bytes = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.length;
  return { ms: performance.now() - started, ttfbMs, status: res.status, bytes };
}

/** Follows `next` from an API list to its last page; gives that page's path (the deepest keyset page). */
async function lastPage(base: string, path: string, token?: string): Promise<{ path: string; pages: number }> {
  let current = path;
  let pages = 1;
  for (;;) {
    const res = await fetch(`${base}${current}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    const next = ((await res.json()) as { next?: string | null }).next;
    if (!next) return { path: current, pages };
    current = next.replace(/^https?:\/\/[^/]+/, '');
    pages++;
  }
}

async function bigConsultation(base: string, statePath: string | undefined): Promise<string> {
  if (statePath && existsSync(statePath)) return (JSON.parse(readFileSync(statePath, 'utf8')) as { proposalIds: Record<number, string> }).proposalIds[0];
  const list = (await (await fetch(`${base}/api/proposals?status=open`)).json()) as { items: { id: string }[] };
  let best = { id: '', total: -1 };
  for (const { id } of list.items) {
    const { total } = (await (await fetch(`${base}/api/proposals/${id}/comments`)).json()) as { total: number };
    if (total > best.total) best = { id, total };
  }
  if (!best.id) throw new Error('no open consultation: seed first (npm run seed:scale)');
  return best.id;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'base-url': { type: 'string', default: process.env.PB_BASE_URL ?? 'http://127.0.0.1:3000' }, runs: { type: 'string', default: '30' }, state: { type: 'string' } } });
  const base = values['base-url']!;
  const runs = Number(values.runs);
  const env = validateEnv(CommonEnv);
  const token = (role: 'admin' | 'moderator') => signDevelopmentToken({ secret: env.JWT_SECRET, issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE }, { sub: `bench-scale-${role}`, roles: [role], name: 'Bench' }, 3600);
  const admin = token('admin');
  const moderator = token('moderator');
  const big = await bigConsultation(base, values.state);
  const lastResponses = await lastPage(base, `/api/proposals/${big}/comments`);
  const lastRegister = await lastPage(base, '/api/loket/register');
  const lastQueue = await lastPage(base, '/api/loket/reports', admin);
  const targets: Target[] = [
    { name: 'page /', path: '/' },
    { name: 'page /consultaties', path: '/consultaties' },
    { name: 'page /consultaties/:largest', path: `/consultaties/${big}` },
    { name: 'page /register', path: '/register' },
    { name: 'page /monitor', path: '/monitor' },
    { name: 'page /open-data', path: '/open-data' },
    { name: 'GET /api/proposals', path: '/api/proposals?status=open' },
    { name: 'GET /api/proposals/:largest/comments', path: `/api/proposals/${big}/comments` },
    { name: `… last page (${lastResponses.pages})`, path: lastResponses.path },
    { name: 'GET /api/loket/register', path: '/api/loket/register' },
    { name: `… last page (${lastRegister.pages})`, path: lastRegister.path },
    { name: 'GET /api/loket/reports (queue, admin)', path: '/api/loket/reports', token: admin },
    { name: `… last page (${lastQueue.pages})`, path: lastQueue.path, token: admin },
    { name: 'GET /api/moderation/queue', path: '/api/moderation/queue', token: moderator },
    { name: 'GET /api/review/monitor', path: '/api/review/monitor' },
    { name: 'export barrier-reports.csv', path: '/api/review/open-data/barrier-reports.csv' },
    { name: 'export consultations.csv', path: '/api/review/open-data/consultations.csv' },
  ];
  const rows: string[] = [];
  for (const t of targets) {
    await timeOnce(base, t); // warm-up
    const samples: { ms: number; ttfbMs: number; status: number; bytes: number }[] = [];
    for (let i = 0; i < runs; i++) samples.push(await timeOnce(base, t));
    const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
    const ttfb = samples.map((s) => s.ttfbMs).sort((a, b) => a - b);
    const statuses = [...new Set(samples.map((s) => s.status))].join(',');
    const row = `| ${t.name} | ${statuses} | ${percentile(ms, 50).toFixed(1)} | ${percentile(ms, 95).toFixed(1)} | ${percentile(ms, 99).toFixed(1)} | ${percentile(ttfb, 50).toFixed(1)} | ${Math.round(samples[0].bytes / 1024)} |`;
    rows.push(row);
    say(row);
  }
  const lines = [
    '# Scale benchmark (npm run bench:scale, first version)',
    '',
    `${new Date().toISOString()}, ${base}, ${runs} runs per row after one warm-up, one request at a time. Times in ms, client-side over loopback; TTFB = time to the response headers.`,
    '',
    '| target | status | p50 | p95 | p99 | TTFB p50 | KiB |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    'Mail relay throughput before/after: bench/results/mail.md (npm run bench:mail).',
  ];
  writeFileSync(join(__dirname, 'results', 'scale.md'), `${lines.join('\n')}\n`);
  say(`\nwritten to bench/results/scale.md`);
}

if (require.main === module) {
  main().catch((err: Error) => {
    process.stderr.write(`bench:scale failed: ${err.stack ?? err.message}\n`);
    process.exit(1);
  });
}
