/**
 * Issue 14's load for the scale benchmark: a steady stream of responses and reports through the
 * portal, open loop (each request starts on its schedule whether or not the last one finished, as
 * independent people would send them), while the monitor is watched for each accepted report; then
 * the time from each accepted submission to its mail in MailDev. And a burst of reports, to see how
 * far the acknowledgements fall behind and whether the mails people wait for still go first.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { percentile } from '../support/load';

export interface Submission {
  kind: 'report' | 'response';
  email: string;
  /** When the request was sent (ms since epoch): "submit → mail" counts from here. */
  sentAt: number;
  /** When the platform answered 201/202 (ms since epoch), or undefined when it refused. */
  acceptedAt?: number;
  status: number;
}

export interface LoadPlan {
  base: string;
  proposalId: string;
  seconds: number;
  responsesPerSecond: number;
  reportsPerSecond: number;
  /** Every address is on this domain, so the mails of this run are told apart from the rest. */
  domain: string;
}

const MAX_IN_FLIGHT = 512;

export function reportBody(n: number, email: string): Record<string, unknown> {
  return {
    title: `Belasting ${n}: gegevens delen met de gemeente`,
    description: `Bij het delen van gegevens met de gemeente (belastingmelding ${n}) is onduidelijk welke grondslag geldt voor de verwerking.`,
    regulation: { name: 'Uitvoeringswet Algemene verordening gegevensbescherming', bwbId: 'BWBR0040940' },
    technology: 'data-sharing',
    sector: 'J',
    company: { name: `Belasting ${n} B.V.`, kvkNumber: String(20_000_000 + n), sizeClass: 'small' },
    contact: { name: `Melder ${n}`, email },
    consent: { contact: true, publish: false },
  };
}

function responseBody(n: number, email: string): Record<string, unknown> {
  return { body: `Reactie ${n} tijdens de belastingtest: ik steun het voorstel, maar de uitvoering moet eenvoudiger.`, author: { name: `Respondent ${n}`, email }, public: n % 2 === 0 };
}

/**
 * The visitor's address, as the portal takes it from X-Forwarded-For of a trusted (loopback) proxy:
 * 130 responses a second come from as many people, not all from one address, so each address's
 * rate-limit window holds a few attempts as in real life instead of the whole run's.
 */
const visitor = (n: number, kind: Submission['kind']): string => `10.${kind === 'report' ? 128 + ((n >> 16) & 127) : (n >> 16) & 127}.${(n >> 8) & 255}.${n & 255}`;

async function submit(base: string, path: string, body: unknown, kind: Submission['kind'], email: string, n: number): Promise<Submission> {
  const sentAt = Date.now();
  try {
    const res = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'x-forwarded-for': visitor(n, kind) },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(60_000),
    });
    await res.arrayBuffer();
    return { kind, email, sentAt, status: res.status, acceptedAt: res.ok ? Date.now() : undefined };
  } catch {
    return { kind, email, sentAt, status: 0 };
  }
}

export const submitReport = (base: string, n: number, domain: string): Promise<Submission> => {
  const email = `load-report-${n}@${domain}`;
  return submit(base, '/api/loket/reports', reportBody(n, email), 'report', email, n);
};

export const submitResponse = (base: string, proposalId: string, n: number, domain: string): Promise<Submission> => {
  const email = `load-response-${n}@${domain}`;
  return submit(base, `/api/proposals/${proposalId}/comments`, responseBody(n, email), 'response', email, n);
};

async function monitorReports(base: string): Promise<number | undefined> {
  const res = await fetch(`${base}/api/review/monitor`, { signal: AbortSignal.timeout(5000) }).catch(() => undefined);
  if (!res?.ok) return undefined;
  return ((await res.json()) as { totals: { barrierReports: number } }).totals.barrierReports;
}

/**
 * Runs the steady load; gives every submission, and the monitor's freshness: for the k-th accepted
 * report, the time from its acceptance until the monitor's report count first included it.
 */
export async function steadyLoad(plan: LoadPlan, firstN: number): Promise<{ submissions: Submission[]; freshnessMs: number[]; missedByMonitor: number; wallMs: number }> {
  const submissions: Submission[] = [];
  const pending = new Set<Promise<void>>();
  const baseline = (await monitorReports(plan.base)) ?? 0;
  const seen: { count: number; at: number }[] = [];
  let watching = true;
  const watcher = (async () => {
    while (watching) {
      const count = await monitorReports(plan.base);
      if (count !== undefined && (!seen.length || count > seen[seen.length - 1].count)) seen.push({ count, at: Date.now() });
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  const start = Date.now();
  const events: { at: number; kind: Submission['kind'] }[] = [];
  for (let i = 0; i < plan.seconds * plan.responsesPerSecond; i++) events.push({ at: (i * 1000) / plan.responsesPerSecond, kind: 'response' });
  for (let i = 0; i < plan.seconds * plan.reportsPerSecond; i++) events.push({ at: (i * 1000) / plan.reportsPerSecond + 500 / plan.reportsPerSecond, kind: 'report' });
  events.sort((a, b) => a.at - b.at);
  let n = firstN;
  for (const e of events) {
    const wait = start + e.at - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    if (pending.size >= MAX_IN_FLIGHT) await Promise.race(pending);
    const i = n++;
    const p = (e.kind === 'report' ? submitReport(plan.base, i, plan.domain) : submitResponse(plan.base, plan.proposalId, i, plan.domain)).then((s) => void submissions.push(s));
    pending.add(p);
    void p.finally(() => pending.delete(p));
  }
  await Promise.all(pending);
  const wallMs = Date.now() - start;
  // The monitor gets up to 30 s more to count the last reports.
  const accepted = submissions.filter((s) => s.kind === 'report' && s.acceptedAt).map((s) => s.acceptedAt!).sort((a, b) => a - b);
  const until = Date.now() + 30_000;
  while (Date.now() < until && (seen[seen.length - 1]?.count ?? baseline) < baseline + accepted.length) await new Promise((r) => setTimeout(r, 100));
  watching = false;
  await watcher;
  const freshnessMs: number[] = [];
  let missedByMonitor = 0;
  accepted.forEach((acceptedAt, k) => {
    const visible = seen.find((s) => s.count >= baseline + k + 1);
    if (visible) freshnessMs.push(Math.max(0, visible.at - acceptedAt));
    else missedByMonitor++;
  });
  return { submissions, freshnessMs: freshnessMs.sort((a, b) => a - b), missedByMonitor, wallMs };
}

interface SinkMail {
  id: string;
  time: string;
  to?: { address: string }[];
}

/**
 * How many mails MailDev holds before a bench measures mail times, as a line to print. MailDev takes
 * mail more slowly the more it keeps: on 2 Dec, with 10 219 mails left in it by earlier runs,
 * responses' confirmation mails arrived p50 4.07 s / p99 5.63 s after submit at 130 responses/s;
 * with MailDev emptied, 1.02 s / 1.81 s — the sink, not the platform's relays. The bench does not
 * delete other people's mail; the line says how to.
 */
export async function mailSinkLine(maildevUrl: string): Promise<string> {
  const held = ((await (await fetch(`${maildevUrl}/api/email`)).json()) as SinkMail[]).length;
  const advice = held > 1000 ? ` — it takes mail more slowly the fuller it is; empty it first (curl -X DELETE ${maildevUrl}/api/email/all) for times that measure the platform` : '';
  return `MailDev held ${held} mails when the mail times began${advice}`;
}

/** Per kind the times from sending to arrival in MailDev, ascending, and how many never came; `clock` says how arrival was read. */
export type MailLatency = Record<Submission['kind'], { ms: number[]; missing: number }> & { clock: string };

/** Where `npm start` and infra/local/up.sh keep MailDev's .eml files (MAILDEV_MAIL_DIR for another place). */
const MAIL_DIR = process.env.MAILDEV_MAIL_DIR ?? join(process.env.PB_LOCAL_DIR ?? join(__dirname, '..', '..', '.local'), 'maildev', 'mail');

/**
 * When MailDev received a mail. Its API's `time` is the mail's Date header, which has whole
 * seconds only (an acknowledgement sent 0.4 s after the submit read as 0 s); MailDev writes the
 * .eml file as the message arrives, so the file's mtime is the arrival to the millisecond. Null
 * when the file is not on this machine (a remote MailDev): the caller falls back to the header.
 */
async function arrivalFromFile(id: string): Promise<number | null> {
  try {
    return (await stat(join(MAIL_DIR, `${id}.eml`))).mtimeMs;
  } catch {
    return null;
  }
}

/**
 * Waits (up to `timeoutMs`) for a mail to every accepted submission's address, then gives per kind
 * the times from sending to arrival in MailDev, ascending, and how many never came. Deletes the
 * run's mails afterwards so MailDev stays small.
 */
export async function mailLatency(maildevUrl: string, domain: string, submissions: readonly Submission[], timeoutMs: number): Promise<MailLatency> {
  const wanted = new Map(submissions.filter((s) => s.acceptedAt).map((s) => [s.email.toLowerCase(), s] as const));
  const arrived = new Map<string, number>();
  const seen = new Set<string>();
  let fromFile = 0;
  let fromHeader = 0;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = (await (await fetch(`${maildevUrl}/api/email`)).json()) as SinkMail[];
    for (const m of mails) {
      const to = m.to?.[0]?.address.toLowerCase();
      if (!to?.endsWith(`@${domain}`) || seen.has(m.id)) continue;
      seen.add(m.id);
      if (!wanted.has(to)) continue;
      const file = await arrivalFromFile(m.id);
      if (file === null) fromHeader++;
      else fromFile++;
      const at = file ?? Date.parse(m.time);
      // The first mail to an address is the one the person waits for (acknowledgement or confirmation link).
      arrived.set(to, Math.min(arrived.get(to) ?? at, at));
    }
    if (arrived.size >= wanted.size || Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  const ids = [...seen];
  for (let i = 0; i < ids.length; i += 500) {
    await fetch(`${maildevUrl}/api/email/delete`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ids: ids.slice(i, i + 500) }) }).catch(() => undefined);
  }
  const clock = fromHeader === 0 ? 'arrival: MailDev\'s .eml mtime, ms' : `arrival: .eml mtime for ${fromFile}, the Date header (whole seconds) for ${fromHeader}`;
  const out: MailLatency = { report: { ms: [], missing: 0 }, response: { ms: [], missing: 0 }, clock };
  for (const [email, s] of wanted) {
    const at = arrived.get(email);
    if (at === undefined) out[s.kind].missing++;
    // From the moment of sending: the acknowledgement can reach the mailbox before the answer
    // reaches the client (counted from the answer it would come out negative).
    else out[s.kind].ms.push(Math.max(0, at - s.sentAt));
  }
  for (const k of ['report', 'response'] as const) out[k].ms.sort((a, b) => a - b);
  return out;
}

export const p = (sorted: number[], q: number): string => (sorted.length ? (percentile(sorted, q) / 1000).toFixed(2) : '–');

/** Status counts, e.g. `201×30 429×2`. */
export function statuses(submissions: readonly Submission[]): string {
  const by = new Map<number, number>();
  for (const s of submissions) by.set(s.status, (by.get(s.status) ?? 0) + 1);
  return [...by].sort(([a], [b]) => a - b).map(([s, c]) => `${s}×${c}`).join(' ');
}

/** The open consultation with the most responses: the one a load against the platform's own data writes to. */
export async function openConsultationWithMostResponses(base: string): Promise<{ id: string; total: number }> {
  const list = (await (await fetch(`${base}/api/proposals?status=open`)).json()) as { items: { id: string }[] };
  let best = { id: '', total: -1 };
  for (const { id } of list.items) {
    const { total } = (await (await fetch(`${base}/api/proposals/${id}/comments`)).json()) as { total: number };
    if (total > best.total) best = { id, total };
  }
  if (!best.id) throw new Error('no open consultation: seed first (npm start seeds the strategy; npm run seed:scale adds the national load)');
  return best;
}
