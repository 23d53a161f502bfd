import { randomBytes, randomUUID } from 'node:crypto';
import { ProposalPublishedV1 } from '@pb/contracts';
import { createEvent } from '@pb/messaging';
import { KafkaEventBroker } from '../../libs/messaging/src/broker/kafka-event-broker';
import pino from 'pino';
import { RunningPlatform, startPlatform } from '../../scripts/platform/launcher';
import { E2E_BASE_PORT } from '../support/global-setup';
import { MAILDEV_URL, Mail } from '../support/maildev';
import { reportBody } from '../support/report-body';
import { OwnServers } from './support/own-servers';
import { RAISED_LOKET_LIMITS } from '../support/raised-limits';

/**
 * Fault tests on servers of the test's own (never the shared ones): Kafka stopped for 30 s while
 * reports and responses stream in through the portal, and PostgreSQL restarted under the services.
 */

const UPSTREAM_TIMEOUT_MS = 10000;
const OUTAGE_MS = 30000;

interface Answer {
  what: string;
  status: number; // 0: no answer at all (connection refused, or our own timeout: a hang)
  contentType: string;
  ms: number;
  body: string;
  at: number;
}

/** 2xx, or a problem+json that is not a 500 and shows nothing internal; answered in time. */
function unclean(a: Answer): string | undefined {
  if (a.status === 0) return `${a.what}: no answer after ${a.ms} ms (${a.body})`;
  // The portal answers by the upstream timeout; the margin is for a machine busy with other tests.
  if (a.ms > UPSTREAM_TIMEOUT_MS + 8000) return `${a.what}: answered after ${a.ms} ms`;
  if (a.status >= 200 && a.status < 300) return undefined;
  if (a.status === 500) return `${a.what}: 500 ${a.body.slice(0, 200)}`;
  if (!a.contentType.includes('application/problem+json')) return `${a.what}: ${a.status} as ${a.contentType}`;
  if (/\bat \S+ \(|stack|QueryFailedError|ECONNREFUSED|SELECT |INSERT /i.test(a.body)) return `${a.what}: ${a.status} shows internals: ${a.body.slice(0, 200)}`;
  return undefined;
}

async function send(what: string, url: string, body: unknown): Promise<{ answer: Answer; json?: Record<string, unknown> }> {
  const started = Date.now();
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'nl' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(UPSTREAM_TIMEOUT_MS + 20000), // past this it is a hang (status 0)
    });
    const text = await res.text();
    const answer = { what, status: res.status, contentType: res.headers.get('content-type') ?? '', ms: Date.now() - started, body: text, at: started };
    let json: Record<string, unknown> | undefined;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { answer, json };
  } catch (err) {
    return { answer: { what, status: 0, contentType: '', ms: Date.now() - started, body: (err as Error).message, at: started } };
  }
}

/** Reports and responses posted through the portal in a steady stream; responses confirmed from their mail. */
class Traffic {
  readonly answers: Answer[] = [];
  readonly reports: string[] = [];
  readonly responses = new Map<string, string>(); // e-mail address → response id
  readonly confirmed = new Set<string>();
  private running = false;
  private loops: Promise<void>[] = [];
  private n = 0;
  private readonly tag = randomBytes(3).toString('hex');

  constructor(private readonly portal: string, private readonly proposalId: string | undefined) {}

  start(): void {
    this.running = true;
    this.loops = [this.loop(() => this.report()), ...(this.proposalId ? [this.loop(() => this.respond()), this.confirmLoop()] : [])];
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }

  async until(what: string, done: () => boolean, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!done()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; answers so far: ${JSON.stringify(this.summary())}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  summary(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const a of this.answers) out[`${a.what} ${a.status}`] = (out[`${a.what} ${a.status}`] ?? 0) + 1;
    return out;
  }

  private async loop(step: () => Promise<void>): Promise<void> {
    while (this.running) {
      await step();
      await new Promise((r) => setTimeout(r, 300)); // a steady stream, not a flood
    }
  }

  private async report(): Promise<void> {
    const n = ++this.n;
    const { answer, json } = await send('report', `${this.portal}/api/loket/reports`, reportBody(n, `fault-${this.tag}-r${n}@example.nl`));
    this.answers.push(answer);
    if (answer.status === 201 && typeof json?.reference === 'string') this.reports.push(json.reference);
  }

  private async respond(): Promise<void> {
    const n = ++this.n;
    const email = `fault-${this.tag}-c${n}@example.org`;
    const { answer, json } = await send('response', `${this.portal}/api/proposals/${this.proposalId}/comments`, {
      body: `Reactie ${n}: een werkplaats per provincie helpt het mkb verder bij het toepassen van de regels.`,
      author: { name: `Respondent ${n}`, email },
      onBehalfOf: null,
      public: true,
      parentId: null,
    });
    this.answers.push(answer);
    if (answer.status >= 200 && answer.status < 300 && typeof json?.id === 'string') this.responses.set(email, json.id);
  }

  /** Confirms every accepted response as soon as its mail is in MailDev (mail does not go through Kafka). */
  private async confirmLoop(): Promise<void> {
    const done = new Set<string>();
    while (this.running || done.size < this.responses.size) {
      const waiting = [...this.responses.keys()].filter((e) => !done.has(e));
      if (waiting.length) {
        const mails = ((await (await fetch(`${MAILDEV_URL}/api/email`)).json()) as Mail[]).filter((m) => m.to?.some((t) => waiting.includes(t.address.toLowerCase())));
        for (const mail of mails) {
          const email = mail.to[0].address.toLowerCase();
          const token = /bevestigen\?token=([A-Za-z0-9_-]+)/.exec(`${mail.text ?? ''} ${mail.html ?? ''}`)?.[1];
          if (!token || done.has(email)) continue;
          const { answer } = await send('confirmation', `${this.portal}/api/comments/verifications`, { token });
          this.answers.push(answer);
          if (answer.status === 200) {
            done.add(email);
            this.confirmed.add(this.responses.get(email)!);
          }
        }
      }
      if (!this.running && Date.now() - (this.answers.at(-1)?.at ?? 0) > 90000) return; // mails that never come: the assertions say so
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

describe('faults on servers of our own: Kafka stopped for 30 s, PostgreSQL restarted', () => {
  const servers = new OwnServers(E2E_BASE_PORT);
  const prefix = `faults-${randomBytes(3).toString('hex')}.`;
  let platform: RunningPlatform;
  let proposalId: string;
  const timings: Record<string, number> = {};

  beforeAll(async () => {
    const t0 = Date.now();
    servers.startPostgres();
    servers.startKafka();
    await servers.freshDatabases();
    timings.serversMs = Date.now() - t0;
    platform = await startPlatform({
      basePort: E2E_BASE_PORT + 50,
      pg: servers.pg,
      kafkaBrokers: servers.kafkaBrokers,
      topicPrefix: prefix,
      env: {
        NODE_ENV: 'test',
        LOG_LEVEL: 'info',
        UPSTREAM_TIMEOUT_MS: String(UPSTREAM_TIMEOUT_MS),
        // One client address for the whole stream: the per-address limits are not under test here.
        RATE_LIMIT_PER_ADDRESS: '100000',
        RATE_LIMIT_PER_EMAIL: '1000',
        ...RAISED_LOKET_LIMITS,
      },
      logDir: `${process.cwd()}/test-artifacts/logs/faults`,
      readyTimeoutMs: 150000,
    });
    timings.platformMs = Date.now() - t0 - timings.serversMs;

    // An open consultation to respond to, announced the way the proposals service announces it.
    proposalId = randomUUID();
    const now = Date.now();
    const broker = new KafkaEventBroker({ clientId: 'fault-test', brokers: [servers.kafkaBrokers], topicPrefix: prefix, replicationFactor: 1, partitions: 3, logger: pino({ level: 'silent' }) });
    try {
      const published = createEvent(
        ProposalPublishedV1,
        {
          proposalId,
          title: 'Storingstest',
          theme: '1.1',
          strategyVersion: '2018.0',
          moderation: 'post',
          questions: [{ id: randomUUID(), text: 'Wat vindt u?' }],
          opensAt: new Date(now - 3600_000).toISOString(),
          closesAt: new Date(now + 24 * 3600_000).toISOString(),
          publishedAt: new Date(now).toISOString(),
        },
        { aggregateId: proposalId, aggregateVersion: 2, actor: { role: 'coordinator', id: 'fault-test' } },
      );
      await broker.publish(ProposalPublishedV1.topic, [{ key: proposalId, value: JSON.stringify(published) }]);
    } finally {
      await broker.disconnect();
    }
    const deadline = Date.now() + 60000;
    while ((await servers.query('comments', `SELECT 1 FROM proposal_projection WHERE proposal_id = $1`, [proposalId])).length === 0) {
      if (Date.now() > deadline) throw new Error('the comments service never learned of the proposal');
      await new Promise((r) => setTimeout(r, 500));
    }
  }, 400000);

  afterAll(async () => {
    await platform?.stop();
    for (const stop of [() => servers.stopKafka(), () => servers.stopPostgres()]) {
      try {
        stop();
      } catch (err) {
        process.stderr.write(`could not stop a server of the fault test: ${(err as Error).message}\n`);
      }
    }
    process.stdout.write(`fault tests: own servers ${timings.serversMs} ms, platform ${timings.platformMs} ms, Kafka outage test ${timings.kafkaMs} ms, PostgreSQL restart test ${timings.postgresMs} ms\n`);
  }, 180000);

  it('Kafka stopped for 30 s while reports and responses stream in (and the loket restarted meanwhile): every request answered cleanly, nothing lost once it is back', async () => {
    const t0 = Date.now();
    const traffic = new Traffic(platform.baseUrl, proposalId);
    traffic.start();
    try {
      await traffic.until('reports and responses flowing', () => traffic.reports.length >= 5 && traffic.confirmed.size >= 2, 60000);

      servers.stopKafka();
      const down = Date.now();
      const during = { reports: traffic.reports.length, responses: traffic.responses.size };
      // Without Kafka every service is still ready (its writes wait in the outbox), and says why it is degraded.
      await new Promise((r) => setTimeout(r, 8000));
      const health = (await (await fetch(`${platform.urls.loket}/health/ready`)).json()) as { status: string; checks: { kafka: { status: string } } };
      expect(health).toMatchObject({ status: 'degraded', checks: { kafka: { status: 'degraded' } } });
      expect((await fetch(`${platform.baseUrl}/health/ready`)).status).toBe(200);
      expect((await fetch(`${platform.baseUrl}/`)).status).toBe(200);
      // A service (re)started while Kafka is away starts and serves at once; it connects when Kafka comes.
      await platform.kill('loket', 'SIGTERM');
      await platform.restart('loket', 'ready'); // would time out if the start waited for Kafka
      const restarted = traffic.reports.length;
      const booted = (await (await fetch(`${platform.urls.loket}/health/ready`)).json()) as { status: string; checks: { kafka: { status: string } } };
      expect(booted).toMatchObject({ status: 'degraded', checks: { kafka: { status: 'degraded' } } });
      await traffic.until('reports accepted by the loket started without Kafka', () => traffic.reports.length >= restarted + 3, 30000);
      await new Promise((r) => setTimeout(r, Math.max(0, OUTAGE_MS - (Date.now() - down))));
      servers.startKafka();
      const acceptedWhileDown = { reports: traffic.reports.length - during.reports, responses: traffic.responses.size - during.responses };
      expect(acceptedWhileDown.reports).toBeGreaterThanOrEqual(10);
      expect(acceptedWhileDown.responses).toBeGreaterThanOrEqual(10);

      const reportsBack = traffic.reports.length;
      await traffic.until('reports accepted after Kafka is back', () => traffic.reports.length >= reportsBack + 5, 60000);
    } finally {
      await traffic.stop();
    }

    expect(traffic.answers.map(unclean).filter(Boolean)).toEqual([]);
    expect(traffic.confirmed.size).toBe(traffic.responses.size); // every accepted response got its mail and was confirmed

    // Nothing lost: every accepted report and every confirmed response reaches the review service's monitor.
    const deadline = Date.now() + 150000;
    let missing: { reports: string[]; responses: string[] };
    for (;;) {
      const counted = new Set((await servers.query<{ reference: string }>('review', `SELECT reference FROM report_facts`)).map((r) => r.reference));
      const responses = new Set((await servers.query<{ response_id: string }>('review', `SELECT response_id FROM response_facts`)).map((r) => r.response_id));
      missing = { reports: traffic.reports.filter((r) => !counted.has(r)), responses: [...traffic.confirmed].filter((id) => !responses.has(id)) };
      if ((!missing.reports.length && !missing.responses.length) || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 1000));
    }
    expect(missing).toEqual({ reports: [], responses: [] });
    const monitor = (await (await fetch(`${platform.baseUrl}/api/review/monitor`)).json()) as { totals: { responses: number } };
    expect(monitor.totals.responses).toBeGreaterThanOrEqual(traffic.confirmed.size);
    for (const svc of ['loket', 'comments', 'review']) {
      const h = (await (await fetch(`${platform.urls[svc]}/health/ready`)).json()) as { status: string };
      expect(h.status).toBe('up');
    }
    timings.kafkaMs = Date.now() - t0;
    process.stdout.write(`Kafka outage: ${JSON.stringify(traffic.summary())}\n`);
  }, 400000);

  it('PostgreSQL restarted: requests fail cleanly meanwhile and succeed after, without restarting any service', async () => {
    const t0 = Date.now();
    const pids = platform.processes.map((p) => p.child.pid);
    const traffic = new Traffic(platform.baseUrl, undefined);
    traffic.start();
    try {
      await traffic.until('reports flowing', () => traffic.reports.length >= 5, 60000);
      servers.stopPostgres();
      const stoppedAt = Date.now();
      await new Promise((r) => setTimeout(r, 5000));
      servers.startPostgres();
      const restartedAt = Date.now();
      const before = traffic.reports.length;
      await traffic.until('reports accepted after the restart', () => traffic.reports.length >= before + 10, 90000);
      const meanwhile = traffic.answers.filter((a) => a.at >= stoppedAt && a.at < restartedAt);
      expect(meanwhile.length).toBeGreaterThan(0);
      expect(meanwhile.filter((a) => a.status !== 201).length).toBeGreaterThan(0); // it did fail meanwhile: the test saw the restart
    } finally {
      await traffic.stop();
    }

    expect(traffic.answers.map(unclean).filter(Boolean)).toEqual([]);
    expect(traffic.answers.filter((a) => a.status !== 201).every((a) => a.status === 503 || a.status === 502 || a.status === 504)).toBe(true);
    expect(platform.processes.map((p) => p.child.pid)).toEqual(pids);
    expect(platform.processes.every((p) => p.child.exitCode === null)).toBe(true);

    const deadline = Date.now() + 120000;
    let missing: string[];
    for (;;) {
      const counted = new Set((await servers.query<{ reference: string }>('review', `SELECT reference FROM report_facts`)).map((r) => r.reference));
      missing = traffic.reports.filter((r) => !counted.has(r));
      if (!missing.length || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 1000));
    }
    expect(missing).toEqual([]);
    for (const svc of ['loket', 'proposals', 'comments', 'review']) expect((await fetch(`${platform.urls[svc]}/health/ready`)).status).toBe(200);
    timings.postgresMs = Date.now() - t0;
    process.stdout.write(`PostgreSQL restart: ${JSON.stringify(traffic.summary())}\n`);
  }, 300000);
});
