import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { staffToken } from './support/api';
import { baseUrl } from './support/browser';
import { reportBody } from './support/report-body';

/**
 * Schemathesis (PyPI, pinned and installed by scripts/bootstrap.sh) against every service's OpenAPI
 * document as the portal serves it (E2E_BASE_URL + /api/<area>/openapi.json), so every request goes
 * through the portal's proxy like a visitor's. Each document is fuzzed twice: anonymous and with an
 * admin token (admin may do everything, so every operation is reached past its role check).
 *
 * Checks: no 5xx; every answer's status, content type, headers and body as documented (2xx schemas
 * and the shared ProblemDetails, Retry-After with 429); and `no_internal_details` (e2e/fuzz/pb_schemathesis_hooks.py): no stack
 * trace, source path or SQL in any answer. Any finding fails the test with schemathesis's own
 * report (the failing request as curl, the answer, the seed).
 *
 * Random ids find nothing, so first a report and an open proposal are made through the API; the
 * hooks use them in half the cases (PB_SCHEMATHESIS_KNOWN_VALUES) to reach the handlers behind them.
 */

const AREAS = ['loket', 'proposals', 'comments', 'review'] as const;
/** Test cases per operation and phase; 100 gives ~30 000 requests over the 12 runs. */
const MAX_EXAMPLES = Number(process.env.SCHEMATHESIS_MAX_EXAMPLES ?? 100);
/** An operation that wants a staff token (the documents mark it `security: [{ bearer: [] }]`). */
const STAFF_OPERATION = '/security/0/bearer == []';
/**
 * Each document three times: anonymous over the public operations, anonymous over the staff
 * operations with few cases (without a token every input answers 401, so 100 cases each were 10 000
 * of 36 000 requests and proved nothing more than ten do; the coverage phase still sends its
 * boundary cases, which found the few inputs answered 400 before 401), and as admin over everything.
 */
const MODES = {
  anonymous: { token: false, examples: MAX_EXAMPLES, select: ['--exclude-by', STAFF_OPERATION] },
  'anonymous, staff operations': { token: false, examples: Math.min(10, MAX_EXAMPLES), select: ['--include-by', STAFF_OPERATION] },
  admin: { token: true, examples: MAX_EXAMPLES, select: [] as string[] },
} as const;
type Area = (typeof AREAS)[number];
type Mode = keyof typeof MODES;
const MODE_NAMES = Object.keys(MODES) as Mode[];
const PYTHON = process.env.PB_PYTHON ?? 'python3';
const CHECKS = [
  'not_a_server_error',
  'status_code_conformance',
  'content_type_conformance',
  'response_schema_conformance',
  // The documented headers: Retry-After on every 429.
  'response_headers_conformance',
  'no_internal_details',
];
const ARTIFACTS = join(__dirname, '..', 'test-artifacts', 'schemathesis');
const HOOKS_DIR = join(__dirname, 'fuzz');

interface RunResult {
  area: Area;
  mode: Mode;
  exitCode: number | null;
  seconds: number;
  /** Requests sent, from the hooks' request log (one line each). */
  requests: number;
  byStatus: Record<string, number>;
  report: {
    exit_code: number;
    operations: { selected: number; tested: number; errored: number };
    test_cases: { generated: number; with_failures: number };
    failures: unknown[];
    errors: { title: string; count: number }[];
    seed: string;
  } | null;
  output: string;
}

function adminToken(): string {
  return staffToken(['admin'], { sub: 'e2e-schemathesis-admin', name: 'Schemathesis' });
}

/** Path template → path parameters naming a record that exists. */
type KnownValues = Record<string, Record<string, string>>;

async function api(path: string, init: { method?: string; body?: unknown; token?: string } = {}): Promise<Record<string, unknown>> {
  const res = await fetch(`${baseUrl()}${path}`, {
    method: init.method ?? 'GET',
    headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path} answered ${res.status}: ${text.slice(0, 500)}`);
  return JSON.parse(text) as Record<string, unknown>;
}

/** A report (for the loket's routes) and an open proposal the comments service knows (for its routes). */
async function seedRecords(token: string): Promise<KnownValues> {
  const { reference } = (await api('/api/loket/reports', { method: 'POST', body: reportBody(Date.now() % 1e6, 'e2e-fuzz-seed@example.nl') })) as { reference: string };
  const strategy = (await api('/api/strategy')) as { themes: { code: string }[] };
  const now = Date.now();
  const proposal = (await api('/api/proposals', {
    method: 'POST',
    token,
    body: {
      title: 'Voorstel voor de fuzztest van de API',
      summary: 'Een voorstel waarop schemathesis reacties geeft.',
      body: 'Dit voorstel bestaat zodat de fuzztest de routes achter een bestaand voorstel bereikt.',
      theme: strategy.themes[0].code,
      questions: [{ text: 'Wat vindt u van dit voorstel?' }],
      opensAt: new Date(now - 60_000).toISOString(),
      closesAt: new Date(now + 30 * 24 * 3600_000).toISOString(),
      moderation: 'post',
    },
  })) as { id: string };
  await api(`/api/proposals/${proposal.id}/publish`, { method: 'POST', token });
  // The comments service learns of the proposal by event.
  const until = Date.now() + 60_000;
  for (;;) {
    const res = await fetch(`${baseUrl()}/api/proposals/${proposal.id}/comments`);
    if (res.ok) break;
    if (Date.now() > until) throw new Error(`the comments service did not learn of proposal ${proposal.id} within 60 s (last answer ${res.status})`);
    await new Promise((r) => setTimeout(r, 500));
  }
  const byReference = { reference };
  const byProposal = { id: proposal.id };
  return {
    '/api/loket/reports/{reference}': byReference,
    '/api/loket/reports/{reference}/messages': byReference,
    '/api/loket/reports/{reference}/triage': byReference,
    '/api/loket/reports/{reference}/status': byReference,
    '/api/loket/reports/{reference}/duplicate-of': byReference,
    '/api/loket/reports/{reference}/resolution': byReference,
    '/api/proposals/{id}': byProposal,
    '/api/proposals/{id}/publish': byProposal,
    '/api/proposals/{id}/report': byProposal,
    '/api/proposals/{id}/comments': byProposal,
  };
}

function runSchemathesis(area: Area, mode: Mode, token: string, known: KnownValues): Promise<RunResult> {
  const dir = join(ARTIFACTS, `${area}-${mode.replace(/\W+/g, '-')}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const requestLog = join(dir, 'requests.log');
  const args = [
    '-m', 'schemathesis.cli', 'run', `${baseUrl()}/api/${area}/openapi.json`,
    '--checks', CHECKS.join(','),
    '--max-examples', String(MODES[mode].examples),
    ...MODES[mode].select,
    // One worker per run and the twelve runs side by side: the hypothesis of Python 3.11 trips over
    // its own AST cache when one run uses threads ("AST constructor recursion depth mismatch").
    '--workers', '1',
    '--generation-database', 'none',
    '--request-timeout', '30',
    '--report', 'json,junit',
    '--report-dir', dir,
    '--no-color',
    ...(MODES[mode].token ? ['--header', `Authorization: Bearer ${token}`] : []),
  ];
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(PYTHON, args, {
      // Schemathesis keeps a cache of failures it replays first next time in .schemathesis/ of its
      // working directory: there, not in the repository.
      cwd: ARTIFACTS,
      env: {
        ...process.env,
        PYTHONPATH: HOOKS_DIR,
        SCHEMATHESIS_HOOKS: 'pb_schemathesis_hooks',
        PB_SCHEMATHESIS_REQUEST_LOG: requestLog,
        PB_SCHEMATHESIS_KNOWN_VALUES: JSON.stringify(known),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (exitCode) => {
      const lines = readIfExists(requestLog).split('\n').filter(Boolean);
      const byStatus: Record<string, number> = {};
      for (const line of lines) {
        const status = line.slice(line.lastIndexOf(' ') + 1);
        byStatus[status] = (byStatus[status] ?? 0) + 1;
      }
      const reportFile = readdirSync(dir).find((f) => f.startsWith('json-') && f.endsWith('.json'));
      resolve({
        area,
        mode,
        exitCode,
        seconds: Math.round((Date.now() - started) / 1000),
        requests: lines.length,
        byStatus,
        report: reportFile ? JSON.parse(readFileSync(join(dir, reportFile), 'utf8')) : null,
        output,
      });
    });
  });
}

function readIfExists(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** Schemathesis's own account of what failed: from its FAILURES/ERRORS section to the summary. */
function findings(output: string): string {
  const start = output.search(/^=+ (FAILURES|ERRORS) =+$/m);
  const end = output.search(/^=+ (WARNINGS|SUMMARY) =+$/m);
  return start >= 0 ? output.slice(start, end > start ? end : undefined).slice(0, 20000) : output.slice(-4000);
}

describe('schemathesis against every OpenAPI document, through the portal, anonymous and as admin', () => {
  const results = new Map<string, RunResult>();

  beforeAll(async () => {
    const version = await new Promise<string>((resolve) => {
      const probe = spawn(PYTHON, ['-m', 'schemathesis.cli', '--version']);
      let out = '';
      probe.stdout.on('data', (d: Buffer) => (out += d.toString()));
      probe.on('error', () => resolve(''));
      probe.on('close', () => resolve(out.trim()));
    });
    if (!version) throw new Error(`schemathesis is not installed for ${PYTHON}: run \`PB_WITH_FUZZER=1 bash scripts/bootstrap.sh\` (npm test does)`);
    const token = adminToken();
    const known = await seedRecords(token);
    const started = Date.now();
    // All twelve at once: each run waits on the platform most of the time, not on its own CPU.
    const runs = await Promise.all(AREAS.flatMap((area) => MODE_NAMES.map((mode) => runSchemathesis(area, mode, token, known))));
    for (const r of runs) results.set(`${r.area}/${r.mode}`, r);
    const rows = runs.map(
      (r) =>
        `${`${r.area} (${r.mode})`.padEnd(40)} ${String(r.requests).padStart(6)} requests in ${String(r.seconds).padStart(4)} s  ` +
        Object.entries(r.byStatus)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([s, n]) => `${s}×${n}`)
          .join(' '),
    );
    const total = runs.reduce((sum, r) => sum + r.requests, 0);
    console.log(
      [`${version}, ${MAX_EXAMPLES} examples per operation (anonymous on staff operations ${MODES['anonymous, staff operations'].examples}), checks ${CHECKS.join(', ')}`, ...rows, `total: ${total} requests in ${Math.round((Date.now() - started) / 1000)} s`].join('\n'),
    );
  }, 20 * 60 * 1000);

  // As admin the fuzzer may create valid routing rules, answer templates and mail texts: left in
  // place they would route and word the reports of every spec that runs after this one.
  afterAll(async () => {
    const token = adminToken();
    const list = async (path: string) => ((await api(path, { token })) as { items: Array<Record<string, unknown>> }).items;
    const remove = (path: string) => fetch(`${baseUrl()}${path}`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } });
    for (const rule of await list('/api/loket/admin/routing-rules')) await remove(`/api/loket/admin/routing-rules/${String(rule.id)}`);
    for (const template of await list('/api/loket/admin/answer-templates')) await remove(`/api/loket/admin/answer-templates/${String(template.id)}`);
    for (const mail of await list('/api/loket/admin/mail-templates')) if (mail.overridden) await remove(`/api/loket/admin/mail-templates/${String(mail.type)}/${String(mail.language)}`);
    expect(await list('/api/loket/admin/routing-rules')).toEqual([]);
    expect((await list('/api/loket/admin/mail-templates')).filter((m) => m.overridden)).toEqual([]);
  });

  const cases = AREAS.flatMap((area) => MODE_NAMES.map((mode) => [area, mode] as const));

  it.each(cases)('%s (%s): every operation tested, no finding', (area, mode) => {
    const r = results.get(`${area}/${mode}`);
    expect(r).toBeDefined();
    const { report } = r!;
    if (!report) throw new Error(`schemathesis wrote no report for ${area} (${mode}); it said:\n${r!.output.slice(-4000)}`);
    const problems = {
      failures: report.failures.length,
      failingTestCases: report.test_cases.with_failures,
      errors: report.errors,
      untestedOperations: report.operations.selected - report.operations.tested,
      erroredOperations: report.operations.errored,
      exitCode: r!.exitCode,
    };
    const clean = { failures: 0, failingTestCases: 0, errors: [], untestedOperations: 0, erroredOperations: 0, exitCode: 0 };
    if (JSON.stringify(problems) !== JSON.stringify(clean)) {
      throw new Error(`schemathesis found problems in ${area} (${mode}), seed ${report.seed}: ${JSON.stringify(problems)}\n${findings(r!.output)}`);
    }
    expect(problems).toEqual(clean);
    expect(report.operations.tested).toBeGreaterThan(0);
    expect(r!.requests).toBeGreaterThan(report.operations.tested);
    // Nothing the platform answers may be a server error, whatever schemathesis made of it.
    expect(Object.keys(r!.byStatus).filter((s) => s.startsWith('5'))).toEqual([]);
  });
});
