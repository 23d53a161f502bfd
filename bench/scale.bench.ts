/**
 * npm run bench:scale — on a platform seeded by `npm run seed:scale` (as `npm start` runs it):
 *  1. p50/p95/p99 of the portal's pages for every role (public, official, moderator, coordinator;
 *     staff pages with a session cookie as a login gives) and of the list/detail endpoints (first
 *     page, and the last page reached by following `next`), one request at a time;
 *  2. every export: time to first byte, to the end, and the peak resident memory of the processes
 *     serving it above what they used before (flat in the data size is the aim);
 *  3. the review's compile time;
 *  4. a steady load (default 130 responses/s + 1 report/s, open loop): the rate reached, the monitor's
 *     freshness per accepted report, and the time from each submission to its mail in MailDev;
 *  5. a burst of reports as fast as the portal takes them, then the same mail times;
 *  6. the Kafka consumers' group joins during all of it (each one after the start is a rebalance).
 * Times are taken by this client over loopback. Writes bench/results/scale.md.
 *
 *   npm run bench:scale -- [--base-url http://127.0.0.1:3000] [--runs 30] [--state .local/seed-scale-0.01.state.json]
 *        [--load-seconds 30] [--responses-per-second 130] [--reports-per-second 1] [--burst 1000]
 *
 * The platform must take that many requests from one address: start it with the raised limits the
 * seed names (scripts/seed-scale/client.ts RAISED_LIMITS_HINT). The consultation measured is the seed's
 * proposal 0 (the one with a million responses at scale 1), or else the open one with the most responses.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { signDevelopmentToken } from '../libs/auth/src';
import { CommonEnv, validateEnv } from '../libs/config/src';
import { PlatformMetrics, ProcessName, PROCESSES } from './scale/platform-metrics';
import { mailLatency, mailSinkLine, openConsultationWithMostResponses, p, statuses, steadyLoad, Submission, submitReport } from './scale/steady-load';
import { percentile, runPool } from './support/load';

const say = (line: string): void => void process.stdout.write(`${line}\n`);


interface Target {
  name: string;
  path: string;
  token?: string;
  /** A portal session (the cookie a login sets). */
  session?: string;
}

const headersOf = (t: { token?: string; session?: string }): Record<string, string> => ({
  ...(t.token ? { authorization: `Bearer ${t.token}` } : {}),
  ...(t.session ? { cookie: `pb_session=${t.session}` } : {}),
});

async function timeOnce(base: string, t: Target): Promise<{ ms: number; ttfbMs: number; status: number; bytes: number }> {
  const started = performance.now();
  const res = await fetch(`${base}${t.path}`, { headers: headersOf(t) });
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
  return (await openConsultationWithMostResponses(base)).id;
}

/** Times one target `runs` times after a warm-up; one table row. */
async function measure(base: string, t: Target, runs: number): Promise<string> {
  await timeOnce(base, t); // warm-up
  const samples: { ms: number; ttfbMs: number; status: number; bytes: number }[] = [];
  for (let i = 0; i < runs; i++) samples.push(await timeOnce(base, t));
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  const ttfb = samples.map((s) => s.ttfbMs).sort((a, b) => a - b);
  const codes = [...new Set(samples.map((s) => s.status))].join(',');
  return `| ${t.name} | ${codes} | ${percentile(ms, 50).toFixed(1)} | ${percentile(ms, 95).toFixed(1)} | ${percentile(ms, 99).toFixed(1)} | ${percentile(ttfb, 50).toFixed(1)} | ${Math.round(samples[0].bytes / 1024)} |`;
}

/** The first report reference in the official's queue (the API), to open its page. */
async function firstQueued(base: string, token: string): Promise<string> {
  const list = (await (await fetch(`${base}/api/loket/reports`, { headers: { authorization: `Bearer ${token}` } })).json()) as { items: { reference: string }[] };
  if (!list.items?.length) throw new Error('the queue is empty: seed first (npm run seed:scale)');
  return list.items[0].reference;
}

async function compileOnce(base: string, token: string): Promise<{ ms: number; status: string }> {
  const started = performance.now();
  const res = await fetch(`${base}/api/review/years/${new Date().getFullYear()}/compile`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  let job = (await res.json()) as { id: string; status: string };
  while (job.status === 'queued' || job.status === 'running') {
    await new Promise((r) => setTimeout(r, 100));
    job = (await (await fetch(`${base}/api/review/jobs/${job.id}`)).json()) as { id: string; status: string };
  }
  return { ms: performance.now() - started, status: job.status };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'base-url': { type: 'string', default: process.env.PB_BASE_URL ?? 'http://127.0.0.1:3000' },
      runs: { type: 'string', default: '30' },
      state: { type: 'string' },
      'load-seconds': { type: 'string', default: '30' },
      'responses-per-second': { type: 'string', default: '130' },
      'reports-per-second': { type: 'string', default: '1' },
      burst: { type: 'string', default: '1000' },
      maildev: { type: 'string', default: process.env.MAILDEV_URL ?? 'http://127.0.0.1:1080' },
      // What the platform holds (e.g. which seed:scale runs), printed in the results' header.
      data: { type: 'string', default: 'not stated (pass --data)' },
    },
  });
  const base = values['base-url']!;
  const runs = Number(values.runs);
  const env = validateEnv(CommonEnv);
  const sign = (role: 'admin' | 'moderator' | 'coordinator' | 'official', department?: string) =>
    signDevelopmentToken({ secret: env.JWT_SECRET, issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE }, { sub: `bench-scale-${role}`, roles: [role], name: 'Bench', department }, 3600);
  const admin = sign('admin');
  const moderator = sign('moderator');
  const coordinator = sign('coordinator');
  const official = sign('official', 'EZK');
  const metrics = new PlatformMetrics(base, env.METRICS_TOKEN);
  const joinsAtStart = await metrics.groupJoins();
  const year = new Date().getFullYear();

  // 1. pages and lists
  const big = await bigConsultation(base, values.state);
  const lastResponses = await lastPage(base, `/api/proposals/${big}/comments`);
  const lastRegister = await lastPage(base, '/api/loket/register');
  const lastQueue = await lastPage(base, '/api/loket/reports', admin);
  const reference = await firstQueued(base, admin);
  await compileOnce(base, coordinator); // the review pages need a compiled revision
  const targets: Target[] = [
    { name: 'page /', path: '/' },
    { name: 'page /consultaties', path: '/consultaties' },
    { name: 'page /consultaties/:largest', path: `/consultaties/${big}` },
    { name: 'page /register', path: '/register' },
    { name: 'page /register?zoek=gegevens', path: '/register?zoek=gegevens' },
    { name: 'page /monitor', path: '/monitor' },
    { name: 'page /open-data', path: '/open-data' },
    { name: `page /jaaroverzichten/${year}`, path: `/jaaroverzichten/${year}` },
    { name: 'page /regelgeving', path: '/regelgeving' },
    { name: 'page /regelgeving/BWBR0040940', path: '/regelgeving/BWBR0040940' },
    { name: 'official: page /behandelen', path: '/behandelen', session: official },
    { name: 'official: page /behandelen/:ref', path: `/behandelen/${reference}`, session: admin },
    { name: 'official: page /behandelen/:ref/auditlog', path: `/behandelen/${reference}/auditlog`, session: admin },
    { name: 'official: page /behandelen/dashboard', path: '/behandelen/dashboard', session: official },
    { name: 'moderator: page /moderatie', path: '/moderatie', session: moderator },
    { name: 'coordinator: page /coordinatie', path: '/coordinatie', session: coordinator },
    { name: 'coordinator: page leeszaal (largest)', path: `/coordinatie/voorstellen/${big}/leeszaal`, session: coordinator },
    { name: 'coordinator: page /coordinatie/indicatoren', path: '/coordinatie/indicatoren', session: coordinator },
    { name: 'GET /api/proposals', path: '/api/proposals?status=open' },
    { name: 'GET /api/proposals/:largest/comments', path: `/api/proposals/${big}/comments` },
    { name: `… last page (${lastResponses.pages})`, path: lastResponses.path },
    { name: 'GET /api/loket/register', path: '/api/loket/register' },
    { name: `… last page (${lastRegister.pages})`, path: lastRegister.path },
    { name: 'GET /api/loket/reports (queue, admin)', path: '/api/loket/reports', token: admin },
    { name: `… last page (${lastQueue.pages})`, path: lastQueue.path, token: admin },
    { name: 'GET /api/loket/reports/:ref (official)', path: `/api/loket/reports/${reference}`, token: admin },
    { name: 'GET /api/moderation/queue', path: '/api/moderation/queue', token: moderator },
    { name: 'GET /api/review/monitor', path: '/api/review/monitor' },
  ];
  const rows: string[] = [];
  say('| target | status | p50 | p95 | p99 | TTFB p50 | KiB |');
  for (const t of targets) {
    const row = await measure(base, t, runs);
    rows.push(row);
    say(row);
  }

  // 2. exports, with the memory of the processes serving them
  const exports: { name: string; path: string; token?: string; session?: string; processes: ProcessName[] }[] = [
    { name: 'open data barrier-reports.csv', path: '/api/review/open-data/barrier-reports.csv', processes: ['portal', 'review'] },
    { name: 'open data consultations.csv', path: '/api/review/open-data/consultations.csv', processes: ['portal', 'review'] },
    { name: 'responses export CSV (largest)', path: `/coordinatie/voorstellen/${big}/leeszaal/export`, session: coordinator, processes: ['portal', 'comments'] },
    { name: 'responses export XLSX (largest)', path: `/coordinatie/voorstellen/${big}/leeszaal/export?formaat=xlsx`, session: coordinator, processes: ['portal', 'comments'] },
    { name: `review ${year} PDF`, path: `/api/review/years/${year}.pdf`, processes: ['portal', 'review'] },
    { name: `review ${year} HTML (en)`, path: `/api/review/years/${year}.html?lang=en`, processes: ['portal', 'review'] },
  ];
  const exportRows: string[] = [];
  say('\n| export | status | TTFB ms | total ms | MiB | peak RSS above start, MiB |');
  for (const e of exports) {
    const { result, peakAboveMiB } = await metrics.peakMemoryDuring(e.processes, () => timeOnce(base, e));
    const row = `| ${e.name} | ${result.status} | ${result.ttfbMs.toFixed(0)} | ${result.ms.toFixed(0)} | ${(result.bytes / 2 ** 20).toFixed(1)} | ${Object.entries(peakAboveMiB).map(([proc, mib]) => `${proc} ${mib.toFixed(0)}`).join(', ')} |`;
    exportRows.push(row);
    say(row);
  }

  // 3. compile
  const compiles: number[] = [];
  let compileStatus = '';
  for (let i = 0; i < 3; i++) {
    const c = await compileOnce(base, coordinator);
    compiles.push(c.ms);
    compileStatus = c.status;
  }
  compiles.sort((a, b) => a - b);
  const compileLine = `review compile ${year}: median ${percentile(compiles, 50).toFixed(0)} ms (runs ${compiles.map((m) => m.toFixed(0)).join(', ')}; last ${compileStatus})`;
  say(`\n${compileLine}`);

  // 4. steady load
  const domain = `bench-${Date.now().toString(36)}.example`;
  const plan = { base, proposalId: big, seconds: Number(values['load-seconds']), responsesPerSecond: Number(values['responses-per-second']), reportsPerSecond: Number(values['reports-per-second']), domain };
  const sinkLine = await mailSinkLine(values.maildev!);
  say(`\n${sinkLine}`);
  say(`steady load: ${plan.responsesPerSecond} responses/s + ${plan.reportsPerSecond} reports/s for ${plan.seconds} s …`);
  const load = await steadyLoad(plan, 0);
  // Accepted over the seconds offered: the last answers may come after the schedule ended.
  const reached = (kind: Submission['kind']) => {
    const all = load.submissions.filter((s) => s.kind === kind);
    const accepted = all.filter((s) => s.acceptedAt).length;
    return `${accepted} of ${all.length} ${kind}s (${(accepted / plan.seconds).toFixed(1)}/s)`;
  };
  const loadMail = await mailLatency(values.maildev!, domain, load.submissions, 120_000);
  const loadLines = [
    `offered ${plan.responsesPerSecond} responses/s + ${plan.reportsPerSecond} reports/s for ${plan.seconds} s; accepted ${reached('response')} and ${reached('report')}, the last answer ${(load.wallMs / 1000).toFixed(0)} s after the start (statuses ${statuses(load.submissions)})`,
    `monitor freshness (accepted report → counted on /api/review/monitor), s: p50 ${p(load.freshnessMs, 50)}, p99 ${p(load.freshnessMs, 99)}, max ${p(load.freshnessMs, 100)} over ${load.freshnessMs.length} reports${load.missedByMonitor ? `, ${load.missedByMonitor} not counted within 30 s` : ''}`,
    `submit → mail in MailDev, s: reports p50 ${p(loadMail.report.ms, 50)} p99 ${p(loadMail.report.ms, 99)} (${loadMail.report.missing} missing after 120 s); responses p50 ${p(loadMail.response.ms, 50)} p99 ${p(loadMail.response.ms, 99)} (${loadMail.response.missing} missing; ${loadMail.clock})`,
  ];
  for (const l of loadLines) say(l);

  // 5. burst
  const burst = Number(values.burst);
  const burstDomain = `burst-${Date.now().toString(36)}.example`;
  const burstSubmissions: Submission[] = [];
  const pool = await runPool(burst, 32, async (i) => void burstSubmissions.push(await submitReport(base, 1_000_000 + i, burstDomain)));
  const burstMail = await mailLatency(values.maildev!, burstDomain, burstSubmissions, 15 * 60_000);
  const burstLines = [
    `burst of ${burst} reports, 32 at a time: ${((burst / pool.wallMs) * 1000).toFixed(1)} reports/s accepted (statuses ${statuses(burstSubmissions)})`,
    `submit → acknowledgement in MailDev, s: p50 ${p(burstMail.report.ms, 50)}, p99 ${p(burstMail.report.ms, 99)}, last ${p(burstMail.report.ms, 100)} (${burstMail.report.missing} missing after 15 min; ${burstMail.clock})`,
  ];
  for (const l of burstLines) say(l);

  // 6. rebalances
  const joinsAtEnd = await metrics.groupJoins();
  const joinsLine = `Kafka consumer group joins during the bench (each a rebalance): ${PROCESSES.map((proc) => `${proc} ${joinsAtEnd[proc] - joinsAtStart[proc]}`).join(', ')}`;
  say(`\n${joinsLine}`);

  const lines = [
    '# Scale benchmark (npm run bench:scale)',
    '',
    `${new Date().toISOString()}, ${base}, ${runs} runs per row after one warm-up, one request at a time. Times in ms, client-side over loopback; TTFB = time to the response headers.`,
    '',
    `Data: ${values.data}.`,
    '',
    '| target | status | p50 | p95 | p99 | TTFB p50 | KiB |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    '| export | status | TTFB ms | total ms | MiB | peak RSS above start, MiB |',
    '| --- | --- | ---: | ---: | ---: | --- |',
    ...exportRows,
    '',
    `- ${compileLine}`,
    `- ${sinkLine}`,
    ...loadLines.map((l) => `- ${l}`),
    ...burstLines.map((l) => `- ${l}`),
    `- ${joinsLine}`,
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
