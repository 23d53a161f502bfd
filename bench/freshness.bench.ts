/**
 * npm run bench:freshness — the steady load of bench:scale alone, long enough for a p99 that is not
 * just the slowest of thirty: 130 responses/s + 1 report/s through the portal (open loop) for
 * `--seconds` (default 120), and per accepted report the time until /api/review/monitor counts it.
 * Also the rate the platform accepted, each submission's time to its mail in MailDev (the run's mails
 * are deleted afterwards) and the Kafka consumers' group joins during the run (each a rebalance).
 * Writes bench/results/freshness.md.
 *
 *   npm run bench:freshness -- [--base-url http://127.0.0.1:3000] [--seconds 120]
 *        [--responses-per-second 130] [--reports-per-second 1]
 *
 * Runs against a platform started with the raised limits bench:scale names (one client address sends
 * everything), on whatever data it holds; the consultation is the open one with the most responses.
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CommonEnv, validateEnv } from '../libs/config/src';
import { PlatformMetrics, PROCESSES } from './scale/platform-metrics';
import { mailLatency, mailSinkLine, openConsultationWithMostResponses, p, statuses, steadyLoad, Submission } from './scale/steady-load';

const say = (line: string): void => void process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'base-url': { type: 'string', default: process.env.PB_BASE_URL ?? 'http://127.0.0.1:3000' },
      seconds: { type: 'string', default: '120' },
      'responses-per-second': { type: 'string', default: '130' },
      'reports-per-second': { type: 'string', default: '1' },
      maildev: { type: 'string', default: process.env.MAILDEV_URL ?? 'http://127.0.0.1:1080' },
    },
  });
  const base = values['base-url']!;
  const env = validateEnv(CommonEnv);
  const metrics = new PlatformMetrics(base, env.METRICS_TOKEN);
  const consultation = await openConsultationWithMostResponses(base);
  const monitor = (await (await fetch(`${base}/api/review/monitor`)).json()) as { totals: { barrierReports: number; responses: number } };
  const joinsAtStart = await metrics.groupJoins();

  const plan = {
    base,
    proposalId: consultation.id,
    seconds: Number(values.seconds),
    responsesPerSecond: Number(values['responses-per-second']),
    reportsPerSecond: Number(values['reports-per-second']),
    domain: `freshness-${Date.now().toString(36)}.example`,
  };
  say(`data: ${monitor.totals.barrierReports} reports and ${monitor.totals.responses} responses on the monitor; the consultation has ${consultation.total} responses`);
  say(await mailSinkLine(values.maildev!));
  say(`steady load: ${plan.responsesPerSecond} responses/s + ${plan.reportsPerSecond} reports/s for ${plan.seconds} s …`);
  // Numbers of this run's own (a report's KvK number is 20 000 000 + n and must keep eight digits).
  const load = await steadyLoad(plan, Math.floor(Date.now() / 1000) % 50_000_000);
  const accepted = (kind: Submission['kind']) => load.submissions.filter((s) => s.kind === kind && s.acceptedAt).length;
  const mail = await mailLatency(values.maildev!, plan.domain, load.submissions, 300_000);
  const joinsAtEnd = await metrics.groupJoins();

  const f = load.freshnessMs;
  const lines = [
    `offered ${plan.responsesPerSecond} responses/s + ${plan.reportsPerSecond} reports/s for ${plan.seconds} s; accepted ${accepted('response')} responses and ${accepted('report')} reports, the last answer ${(load.wallMs / 1000).toFixed(0)} s after the start: ${(accepted('response') / (load.wallMs / 1000)).toFixed(1)} responses/s taken (statuses ${statuses(load.submissions)})`,
    `monitor freshness (accepted report → counted on /api/review/monitor), s: p50 ${p(f, 50)}, p90 ${p(f, 90)}, p99 ${p(f, 99)}, max ${p(f, 100)} over ${f.length} reports${load.missedByMonitor ? `, ${load.missedByMonitor} not counted within 30 s` : ''}`,
    `submit → mail in MailDev, s: reports p50 ${p(mail.report.ms, 50)} p99 ${p(mail.report.ms, 99)} (${mail.report.missing} missing after 300 s); responses p50 ${p(mail.response.ms, 50)} p99 ${p(mail.response.ms, 99)} (${mail.response.missing} missing; ${mail.clock})`,
    `Kafka consumer group joins during the run (each a rebalance): ${PROCESSES.map((proc) => `${proc} ${joinsAtEnd[proc] - joinsAtStart[proc]}`).join(', ')}`,
  ];
  for (const l of lines) say(l);
  const doc = [
    '# Monitor freshness under steady load (npm run bench:freshness)',
    '',
    `${new Date().toISOString()}, ${base}; ${monitor.totals.barrierReports} reports and ${monitor.totals.responses} responses on the monitor before the run. Client and platform on the same machine.`,
    '',
    ...lines.map((l) => `- ${l}`),
  ];
  writeFileSync(join(__dirname, 'results', 'freshness.md'), `${doc.join('\n')}\n`);
  say('\nwritten to bench/results/freshness.md');
}

if (require.main === module) {
  main().catch((err: Error) => {
    process.stderr.write(`bench:freshness failed: ${err.stack ?? err.message}\n`);
    process.exit(1);
  });
}
