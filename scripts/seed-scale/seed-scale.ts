import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { signDevelopmentToken } from '../../libs/auth/src';
import { CommonEnv, validateEnv } from '../../libs/config/src';
import { DEPARTMENTS, OUTCOMES, PRIORITIES, TECHNOLOGIES } from '../../libs/contracts/src';
import { PlatformClient, RateLimitedError, inParallel } from './client';
import * as text from './dutch-text';
import { Mailbox } from './mailbox';
import { Batch, Phase, Volumes, batchKey, batches, isEvery, mix, proposalOfResponse, reportFate, volumesAt } from './plan';
import { Progress } from './progress';
import { StateFile } from './state';

/**
 * `npm run seed:scale -- [--scale 0.01] [--concurrency 8] [--batch-size 500] [--state file]`
 * Fills a running platform (`npm start`) with the national load of issue 14 through the public
 * API, as reporters, officials, a coordinator, respondents and supporters would — every record
 * through the owning service's own write path, every event from that service's outbox. Resumable:
 * run it again with the same state file and it carries on at the first batch not done.
 */
const THEMES = ['1.1', '1.3', '1.5', '2.1.2', '2.2.1', '2.3.2', '2.4.2', '2.5.1'];
const SBI = 'ABCDEFGHIJKLMNOPQRSTU';
const SIZES = ['micro', 'small', 'medium', 'large'];
const FLAG_REASONS = ['offensive', 'spam', 'personal-data', 'off-topic', 'other'];

export interface SeedOptions {
  scale: number;
  concurrency: number;
  batchSize: number;
  statePath: string;
  baseUrl: string;
  maildevUrl: string;
  mailTimeoutMs: number;
  quiet?: boolean;
}

export interface SeedSummary {
  volumes: Volumes;
  runId: string;
  domain: string;
  proposalIds: string[];
  unconfirmed: number;
  seconds: number;
}

export async function seedScale(o: SeedOptions): Promise<SeedSummary> {
  const started = Date.now();
  const volumes = volumesAt(o.scale);
  mkdirSync(dirname(o.statePath), { recursive: true });
  const file = StateFile.open(o.statePath, { runId: randomBytes(4).toString('hex'), scale: o.scale, batchSize: o.batchSize });
  const { runId } = file.state;
  file.save();
  const domain = `seed-${runId}.example.org`;
  const client = new PlatformClient(o.baseUrl, `seed-${runId}`);
  const mailbox = new Mailbox(o.maildevUrl, domain);
  const env = validateEnv(CommonEnv);
  // A fixed subject per role: the idempotency keys are scoped to the caller, so a resumed run must be the same caller.
  const token = (role: 'admin' | 'coordinator') =>
    signDevelopmentToken({ secret: env.JWT_SECRET, issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE }, { sub: `seed-scale-${role}`, roles: [role], name: `Seed ${role}` }, 24 * 3600);
  const admin = token('admin');
  const coordinator = token('coordinator');
  // Proposal times are part of the request, hence of the idempotency check: fixed, not `now`. Opened
  // in the past, so every consultation is open at once; closing far ahead, so it stays open while seeded.
  const opensAt = '2025-01-01T00:00:00.000Z';
  const closesAt = new Date(Date.UTC(2099, 0, 1)).toISOString();

  const log = (line: string) => o.quiet || process.stdout.write(`${line}\n`);
  log(`Seeding ${o.baseUrl} at scale ${o.scale}: ${JSON.stringify(volumes)} (run ${runId}, state ${o.statePath})`);
  await client.ok('GET', '/health');

  const plan = batches(volumes, o.batchSize);
  const totals: Record<Phase, number> = { proposals: volumes.proposals, reports: volumes.reports, responses: volumes.responses };
  for (const phase of ['proposals', 'reports', 'responses'] as Phase[]) {
    const mine = plan.filter((b) => b.phase === phase);
    const already = mine.filter((b) => file.isDone(batchKey(b))).reduce((n, b) => n + b.to - b.from, 0);
    const progress = o.quiet ? undefined : new Progress(phase, already, totals[phase]);
    for (const batch of mine) {
      if (file.isDone(batchKey(batch))) continue;
      if (phase === 'proposals') await proposalBatch(batch);
      else if (phase === 'reports') await reportBatch(batch);
      else await responseBatch(batch);
      file.markDone(batchKey(batch));
      progress?.add(batch.to - batch.from);
    }
    progress?.finish();
  }
  await mailbox.sweep();
  const proposalIds = Array.from({ length: volumes.proposals }, (_, n) => file.state.proposalIds[n]);
  return { volumes, runId, domain, proposalIds, unconfirmed: file.state.unconfirmed, seconds: (Date.now() - started) / 1000 };

  async function proposalBatch(b: Batch): Promise<void> {
    const ns = range(b.from, b.to);
    await inParallel(ns, o.concurrency, async (n) => {
      const body = {
        title: text.proposalTitle(n),
        summary: text.proposalSummary(n),
        body: text.proposalBody(n),
        theme: THEMES[mix(n) % THEMES.length],
        questions: [{ text: 'Wat vindt u van dit voorstel?' }],
        opensAt,
        closesAt,
        moderation: 'post',
      };
      const { id } = await client.ok<{ id: string }>('POST', '/api/proposals', { body, token: coordinator, key: `proposal-${n}` });
      await client.ok('POST', `/api/proposals/${id}/publish`, { body: {}, token: coordinator, key: `publish-${n}` });
      file.state.proposalIds[n] = id;
    });
    file.save();
  }

  async function reportBatch(b: Batch): Promise<void> {
    const ns = range(b.from, b.to);
    const references = new Map<number, string>();
    await inParallel(ns, o.concurrency, async (n) => {
      const body = {
        title: text.reportTitle(n),
        description: text.reportDescription(n),
        regulation: { name: 'Uitvoeringswet Algemene verordening gegevensbescherming', bwbId: 'BWBR0040940' },
        technology: TECHNOLOGIES[mix(n) % TECHNOLOGIES.length],
        sector: SBI[mix(n + 7) % SBI.length],
        company: { name: `${text.personName(n).split(' ').pop()} Digitaal B.V.`, kvkNumber: String(10_000_000 + (mix(n) % 89_999_999)), sizeClass: SIZES[mix(n + 3) % SIZES.length] },
        contact: { name: text.personName(n), email: `melder-${n}@${domain}` },
        consent: { contact: true, publish: mix(n + 11) % 10 < 3 },
      };
      references.set(n, (await client.ok<{ reference: string }>('POST', '/api/loket/reports', { body, key: `report-${n}` })).reference);
    });
    const original = references.get(b.from)!;
    await inParallel(ns, o.concurrency, async (n) => {
      const reference = references.get(n)!;
      const path = `/api/loket/reports/${reference}`;
      const fate = reportFate(n, b.from);
      if (fate === 'received') return;
      if (fate === 'duplicate') {
        await client.ok('POST', `${path}/duplicate-of`, { body: { originalReference: original }, token: admin, key: `duplicate-${n}` });
        return;
      }
      const triage = { theme: THEMES[mix(n + 5) % THEMES.length], priority: PRIORITIES[mix(n + 6) % PRIORITIES.length], department: DEPARTMENTS[mix(n + 9) % DEPARTMENTS.length] };
      await client.ok('POST', `${path}/triage`, { body: triage, token: admin, key: `triage-${n}` });
      if (fate === 'in-progress') await client.ok('POST', `${path}/status`, { body: { status: 'in_progress' }, token: admin, key: `start-${n}` });
      if (fate === 'question' || fate === 'question-then-resolved') {
        await client.ok('POST', `${path}/messages`, { body: { body: text.officialQuestion(n) }, token: admin, key: `question-${n}` });
      }
      if (fate === 'resolved' || fate === 'question-then-resolved') {
        const resolution = { outcome: OUTCOMES[mix(n + 13) % OUTCOMES.length], explanation: text.outcomeExplanation(n) };
        await client.ok('POST', `${path}/resolution`, { body: resolution, token: admin, key: `resolve-${n}` });
      }
    });
    // Acknowledgements and notices to the seeded reporters: nobody reads them; MailDev should not keep them.
    await mailbox.sweep();
  }

  async function responseBatch(b: Batch): Promise<void> {
    const ns = range(b.from, b.to);
    const address = (n: number) => `reactie-${n}@${domain}`;
    const ids = new Map<number, string>();
    await inParallel(ns, o.concurrency, async (n) => {
      const proposalId = file.state.proposalIds[proposalOfResponse(n, volumes)];
      const body = { body: text.responseBody(n), author: { name: text.personName(n), email: address(n) }, public: mix(n + 17) % 10 < 8 };
      // The comments service learns of a published proposal from Kafka: the first responses may come before it does.
      const answer = await retryWhileUnknown(() => client.call<{ id: string }>('POST', `/api/proposals/${proposalId}/comments`, { body, key: `response-${n}` }));
      ids.set(n, answer.id);
    });
    await confirm(ns.map(address));
    // Supports and flags go to public responses only (they are the ones a reader sees).
    const isPublic = (n: number) => mix(n + 17) % 10 < 8;
    const supported = ns.filter((n) => isPublic(n) && isEvery(n, volumes.supports, volumes.responses));
    const supporter = (n: number) => `steun-${n}@${domain}`;
    await inParallel(supported, o.concurrency, async (n) => {
      await client.ok('POST', `/api/comments/${ids.get(n)}/support`, { body: { email: supporter(n) }, key: `support-${n}` });
    });
    if (supported.length) await confirm(supported.map(supporter));
    const flagged = ns.filter((n) => isPublic(n) && isEvery(n, volumes.flags, volumes.responses));
    await inParallel(flagged, o.concurrency, async (n) => {
      await client.ok('POST', `/api/comments/${ids.get(n)}/flags`, { body: { reason: FLAG_REASONS[mix(n) % FLAG_REASONS.length] }, key: `flag-${n}` });
    });
  }

  /** Clicks the link in each address's confirmation mail, as the respondent or supporter would. */
  async function confirm(addresses: string[]): Promise<void> {
    const wanted = new Set(addresses.map((a) => a.toLowerCase()));
    const { tokens, mailIds } = await mailbox.confirmationLinks(wanted, o.mailTimeoutMs);
    await inParallel([...tokens.values()], o.concurrency, async (t) => {
      await client.ok('POST', '/api/comments/verifications', { body: { token: t } });
    });
    await mailbox.delete(mailIds);
    if (tokens.size < wanted.size) {
      file.state.unconfirmed += wanted.size - tokens.size;
      log(`\n${wanted.size - tokens.size} confirmation mail(s) did not arrive within ${o.mailTimeoutMs / 1000} s (a resumed batch may have used them already)`);
    }
  }
}

async function retryWhileUnknown<T>(send: () => Promise<{ status: number; data: T }>, timeoutMs = 120_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await send();
    if (answer.status < 300) return answer.data;
    // 404: the proposal is not known to the comments service yet; 409/422: not open yet.
    if (![404, 409, 422].includes(answer.status) || Date.now() > deadline) throw new Error(`a response was refused with ${answer.status}: ${JSON.stringify(answer.data).slice(0, 500)}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: '0.01' },
      concurrency: { type: 'string', default: '8' },
      'batch-size': { type: 'string', default: '500' },
      state: { type: 'string' },
      'base-url': { type: 'string', default: process.env.PB_BASE_URL ?? 'http://127.0.0.1:3000' },
      maildev: { type: 'string', default: process.env.MAILDEV_URL ?? 'http://127.0.0.1:1080' },
      'mail-timeout': { type: 'string', default: '120' },
    },
  });
  const scale = Number(values.scale);
  const summary = await seedScale({
    scale,
    concurrency: Number(values.concurrency),
    batchSize: Number(values['batch-size']),
    statePath: values.state ?? join(__dirname, '..', '..', '.local', `seed-scale-${scale}.state.json`),
    baseUrl: values['base-url']!,
    maildevUrl: values.maildev!,
    mailTimeoutMs: Number(values['mail-timeout']) * 1000,
  });
  process.stdout.write(`\nSeeded in ${Math.round(summary.seconds)} s: ${JSON.stringify(summary.volumes)}; addresses @${summary.domain}; unconfirmed ${summary.unconfirmed}\n`);
}

if (require.main === module) {
  main().catch((err: Error) => {
    process.stderr.write(`\nseed:scale stopped: ${err instanceof RateLimitedError ? err.message : (err.stack ?? err.message)}\n`);
    process.exit(1);
  });
}
