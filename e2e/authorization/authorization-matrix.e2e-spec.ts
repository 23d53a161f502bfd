import { DynamicModule, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import type { StaffRole } from '@pb/auth';
import { CommonEnv } from '@pb/config';
import { createHmac, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PortalAppModule } from '../../apps/portal/src/app.module';
import { PortalEnv } from '../../apps/portal/src/config/portal.env';
import { api, staffToken as developmentToken, until } from '../support/api';
import { baseUrl } from '../support/browser';
import { linkIn, waitForMail } from '../support/maildev';
import { uniqueSuffix } from '../support/pages';
import { reportBody } from '../support/report-body';
import { confirmedResponse, openConsultation } from '../support/seed';

/** The platform's development settings (the e2e platform runs with them): the metrics scrape token. */
const env = new CommonEnv();

/**
 * The authorization matrix (issue 9): every route of the public origin — every operation of every
 * service's OpenAPI document, reached through the portal, and every page of the portal — against
 * every kind of caller. The expected answers are a table apart from the code (matrix.md beside this
 * file), so a reviewer reads and changes the policy without reading the test; a route missing from
 * the table, or a row for a route that no longer exists, fails the test as well.
 *
 * A cell is the status class the caller must get: 401, 403, 404, or `ok` — anything else that is
 * not a server error (2xx, 3xx, and the 400/409/422 of a request the caller was allowed to make).
 * Bodies are valid where a refusal could otherwise hide behind a validation error.
 */
const ROOT = join(__dirname, '..', '..');
const CALLERS = ['anonymous', 'reporter', 'other reporter', 'official', 'official of another department', 'intake', 'moderator', 'coordinator', 'admin'] as const;
type Caller = (typeof CALLERS)[number];
type Expected = 'ok' | '401' | '403' | '404';

interface Row {
  route: string;
  expected: Record<Caller, Expected>;
}

function readMatrix(): Row[] {
  const lines = readFileSync(join(__dirname, 'matrix.md'), 'utf8').split('\n').filter((l) => /^\|\s*(GET|POST|PUT|PATCH|DELETE) /.test(l));
  return lines.map((line) => {
    const cells = line.split('|').slice(1, -1).map((c) => c.trim().replace(/`/g, ''));
    if (cells.length !== CALLERS.length + 1) throw new Error(`matrix.md: a row needs ${CALLERS.length + 1} cells: ${line}`);
    const expected = Object.fromEntries(CALLERS.map((c, i) => [c, cells[i + 1]])) as Record<Caller, Expected>;
    for (const v of Object.values(expected)) if (!['ok', '401', '403', '404'].includes(v)) throw new Error(`matrix.md: unknown cell "${v}" in ${line}`);
    return { route: cells[0], expected };
  });
}

/** Every operation of the services' OpenAPI documents: `METHOD /path/{param}`. */
function serviceRoutes(): string[] {
  const dir = join(ROOT, 'docs', 'openapi');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => {
      const doc = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { paths: Record<string, Record<string, unknown>> };
      return Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    });
}

/** Every page route of the portal, read from its controllers' metadata: `METHOD /path/{param}`. */
function portalRoutes(): string[] {
  const portal = PortalAppModule.register({ env: new PortalEnv() });
  // The portal's own controllers and those of the modules it imports (metrics, configured with forRoot).
  const imported = (portal.imports ?? []).flatMap((m) => (Reflect.getMetadata('controllers', ((m as DynamicModule).module ?? m) as object) as (new () => unknown)[] | undefined) ?? []);
  const controllers = [...(portal.controllers ?? []), ...imported];
  const join2 = (...parts: string[]) => `/${parts.flatMap((p) => p.split('/')).filter(Boolean).join('/')}`;
  return controllers.flatMap((controller) => {
    const base = Reflect.getMetadata(PATH_METADATA, controller) as string;
    const proto = controller.prototype as Record<string, unknown>;
    return Object.getOwnPropertyNames(proto).flatMap((name) => {
      const handler = proto[name];
      if (typeof handler !== 'function' || name === 'constructor') return [];
      const paths = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
      if (paths === undefined) return [];
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
      return (Array.isArray(paths) ? paths : [paths]).map((p) => `${method} ${join2(base, p).replace(/:([A-Za-z]+)/g, '{$1}')}`);
    });
  });
}

const staffToken = (roles: StaffRole[], department?: string) => developmentToken(roles, { department, sub: `matrix-${roles.join('-')}-${department ?? 'none'}`, name: 'Matrix' });

interface Fixture {
  report: string;
  /**
   * An open report triaged to EZ for the resolution row only: every other row may close the
   * shared report (a duplicate, a resolution), after which a resolution answers 409 whoever asks,
   * and the cell would test the state instead of the role rule. Replaced after every 2xx.
   */
  resolutionReport: string;
  otherReport: string;
  reporterToken: string;
  otherReporterToken: string;
  proposal: string;
  response: string;
  amendment: string;
  job: string;
  year: string;
  erasure: string;
  /** An indicator of the strategy's ambitions (seeded with the 2018 targets). */
  indicator: string;
  /** A figure's drill-down of the compiled review, e.g. /api/review/years/2026/revisions/1/figures/<id>. */
  figure: string;
  /** The document of a confirmed, non-public response: only a coordinator may download it. */
  attachment: string;
}

/** A report with its reporter's private token (from the mailed link). */
async function reportWithToken(n: number): Promise<{ reference: string; token: string }> {
  const email = `matrix-${uniqueSuffix()}@example.nl`;
  const created = await api<{ reference: string }>('POST', '/api/loket/reports', reportBody(n, email));
  expect(created.status).toBe(201);
  const mail = await waitForMail(email);
  const link = new URL(linkIn(mail, `/meldingen/${created.data.reference}`));
  return { reference: created.data.reference, token: link.searchParams.get('token')! };
}

/** A new report triaged to EZ (status triaged: open, and resolvable on substance). */
async function triagedReport(n: number, admin: string): Promise<string> {
  const created = await api<{ reference: string }>('POST', '/api/loket/reports', reportBody(n, `matrix-${uniqueSuffix()}@example.nl`));
  expect(created.status).toBe(201);
  expect((await api('POST', `/api/loket/reports/${created.data.reference}/triage`, { theme: '2.1.2', priority: 'normal', department: 'EZ' }, admin)).status).toBe(200);
  return created.data.reference;
}

/** A confirmed, non-public response with a position paper; the id of its document, read from the coordinator's reading room. */
async function privateAttachment(proposalId: string, coordinator: string): Promise<string> {
  const email = `matrix-attachment-${uniqueSuffix()}@example.org`;
  const form = new FormData();
  form.append('response', JSON.stringify({ body: 'Een niet-openbare reactie met een positiepapier.', author: { name: 'Matrix Organisatie', email }, onBehalfOf: 'Matrix BV', public: false }));
  form.append('attachments', new Blob([readFileSync(join(ROOT, 'apps/comments/test/fixtures/attachments/positiepapier.pdf'))], { type: 'application/pdf' }), 'positiepapier.pdf');
  const sent = await fetch(`${baseUrl()}/api/proposals/${proposalId}/comments/with-attachments`, { method: 'POST', body: form });
  expect(sent.status).toBe(202);
  const confirmLink = new URL(linkIn(await waitForMail(email), '/reacties/bevestigen'));
  expect((await api('POST', '/api/comments/verifications', { token: confirmLink.searchParams.get('token') })).status).toBeLessThan(300);
  const room = await api<{ items: { attachments: { id: string }[] }[] }>('GET', `/api/proposals/${proposalId}/comments/reading-room?attachment=true`, undefined, coordinator);
  expect(room.data.items).toHaveLength(1);
  return room.data.items[0].attachments[0].id;
}

async function buildFixture(): Promise<Fixture> {
  // The global setup's readiness probe may leave an idle keep-alive socket that the portal has
  // closed by now: the first request on it fails with "other side closed". A GET takes that hit.
  await until('the portal', () => fetch(`${baseUrl()}/health/live`).then((r) => (r.ok ? true : undefined), () => undefined));
  const admin = staffToken(['admin']);
  const coordinator = staffToken(['coordinator']);
  const own = await reportWithToken(9001);
  const other = await reportWithToken(9002);
  // The report the officials' columns are about is triaged to EZ; the other stays in intake.
  expect((await api('POST', `/api/loket/reports/${own.reference}/triage`, { theme: '2.1.2', priority: 'normal', department: 'EZ' }, admin)).status).toBe(200);

  const proposal = await openConsultation(coordinator, { title: `Matrixvoorstel ${uniqueSuffix()}`, summary: 'Een voorstel om de autorisatie te toetsen.', body: 'De tekst van het voorstel.', question: 'Wat vindt u ervan?' });
  const response = await confirmedResponse(proposal, 'Een publieke reactie voor de matrix.', { name: 'Matrix Respondent', email: `matrix-respondent-${uniqueSuffix()}@example.org` });
  const attachment = await privateAttachment(proposal, coordinator);

  const erasure = await api<{ id: string }>('POST', '/api/privacy/erasures', { email: `matrix-erased-${uniqueSuffix()}@example.nl` }, admin);
  expect(erasure.status).toBe(202);
  const year = String(new Date().getFullYear());
  const amendment = await api<{ id: string }>(
    'POST',
    `/api/review/years/${year}/amendments`,
    { kind: 'add-action', themeCode: '1.3', text: 'Een nieuwe actie.', summary: 'Voor de matrix.', evidence: [{ type: 'consultation', id: proposal }] },
    coordinator,
  );
  expect(amendment.status).toBe(201);
  const job = await api<{ id?: string; jobId?: string }>('POST', `/api/review/years/${year}/compile`, {}, coordinator);
  expect(job.status).toBe(202);
  const review = await until('the compiled review', async () => {
    const r = await api<unknown>('GET', `/api/review/years/${year}.json`);
    return r.status === 200 ? JSON.stringify(r.data) : undefined;
  });
  const figure = /"drillDown":"([^"]+)"/.exec(review)?.[1];
  expect(figure).toMatch(/^\/api\/review\/years\/\d{4}\/revisions\/\d+\/figures\//);
  return {
    report: own.reference,
    resolutionReport: await triagedReport(9003, admin),
    otherReport: other.reference,
    reporterToken: own.token,
    otherReporterToken: other.token,
    proposal: proposal,
    response,
    amendment: amendment.data.id,
    job: job.data.id ?? job.data.jobId ?? '',
    year,
    figure: figure!,
    erasure: erasure.data.id,
    indicator: (await api<{ items: { id: string }[] }>('GET', '/api/review/indicators')).data.items[0].id,
    attachment,
  };
}

/** Concrete path for a route template, with the fixture's ids. */
function concretePath(template: string, f: Fixture): string {
  if (template.endsWith('/figures/{figureId}')) return f.figure;
  // The page of a figure's records: the same figure, on the portal's path.
  if (template.endsWith('/cijfers/{figureId}')) return f.figure.replace(/^\/api\/review\/years\/(\d+)\/revisions\/(\d+)\/figures\//, '/jaaroverzichten/$1/revisies/$2/cijfers/');
  if (template === RESOLUTION) return template.replace('{reference}', f.resolutionReport);
  const value = (name: string, before: string): string => {
    switch (name) {
      case 'reference':
        return f.report;
      case 'year':
        return f.year;
      case 'version':
        return '2018.0';
      case 'other':
        return '2018.0';
      case 'position':
        return '1';
      case 'revision':
        return /\/revisions\/(\d+)\//.exec(f.figure)![1];
      case 'theme':
        return '1.1';
      case 'bwbId':
        return 'BWBR0024282';
      case 'service':
        return 'loket';
      case 'file':
        if (before.startsWith('/feeds/')) return '1.1.atom';
        return before.includes('open-data') ? 'barrier-reports.csv' : `${f.year}.json`;
      case 'kind':
        // A topic of the subscriptions: the portal names it in Dutch, the review's API in English.
        return before.startsWith('/feeds/') ? 'thema' : 'theme';
      case 'ref':
        return '1.1';
      case 'attachmentId':
        return f.attachment;
      case 'ruleId':
      case 'templateId':
        // The loket's desk settings: an id that exists nowhere (the admin's answer is 404 past the role check).
        return '00000000-0000-4000-8000-000000000000';
      case 'mailType':
        return 'triaged';
      case 'language':
        return 'nl';
      case 'lang':
        // A proposal's translation (issue 11 item 7): English is the one language offered.
        return 'en';
      case 'analysisId':
        // No analysis has this id: a caller let through gets the service's 404 (edits stop at validation first).
        return '00000000-0000-4000-8000-0000000000a1';
      case 'id':
        if (before.includes('/bijlagen')) return f.attachment;
        if (before.includes('/api/comments') || before.includes('/reacties') || before.includes('/moderatie')) return f.response;
        if (before.includes('/amendments') || before.includes('/wijzigingen')) return f.amendment;
        if (before.includes('/jobs')) return f.job;
        if (before.includes('/indicators') || before.includes('/indicatoren')) return f.indicator;
        if (before.includes('/erasures') || before.includes('/verwijderverzoeken')) return f.erasure;
        return f.proposal;
      default:
        throw new Error(`no fixture value for {${name}} in ${template}`);
    }
  };
  return template.replace(/\{([A-Za-z]+)\}/g, (_m, name: string, offset: number) => value(name, template.slice(0, offset)));
}

const RESOLUTION = '/api/loket/reports/{reference}/resolution';

/** Valid bodies where an allowed caller would otherwise stop at validation before the access check. */
function apiBody(route: string, f: Fixture): unknown {
  const bodies: Record<string, unknown> = {
    'POST /api/loket/reports/{reference}/messages': { body: 'Een bericht voor de matrix.' },
    'POST /api/loket/reports/{reference}/triage': { theme: '2.1.2', priority: 'normal', department: 'EZ' },
    'POST /api/loket/reports/{reference}/status': { status: 'in_progress' },
    'POST /api/loket/reports/{reference}/duplicate-of': { originalReference: f.otherReport },
    'POST /api/loket/reports/{reference}/resolution': { outcome: 'explained', explanation: 'Uitleg voor de matrix.' },
    'POST /api/loket/reports/{reference}/satisfaction': { helped: true },
    'POST /api/loket/reports/{reference}/split': { parts: [{ department: 'EZ' }, { department: 'IenW' }] },
    'POST /api/loket/register/{reference}/endorsements': { company: { name: 'Matrix B.V.', kvkNumber: '87654321', sizeClass: 'micro' }, contact: { name: 'Matrix', email: `matrix-${uniqueSuffix()}@example.nl` }, consent: { contact: true } },
    'POST /api/loket/register/endorsement-withdrawals': { token: 'a-token-nobody-was-sent' },
  };
  return bodies[route] ?? {};
}

/** Form fields a page needs to reach its access check (the reporter's token, the proposal of a response). */
function pageForm(route: string, caller: Caller, f: Fixture): Record<string, string> {
  const token = caller === 'reporter' ? f.reporterToken : caller === 'other reporter' ? f.otherReporterToken : '';
  const forms: Record<string, Record<string, string>> = {
    'POST /meldingen/{reference}/berichten': { token, body: 'Een antwoord voor de matrix.' },
    'POST /meldingen/{reference}/tevredenheid': { token, helped: 'yes' },
    'POST /behandelen/{reference}/splitsen': { 'parts.0.department': 'EZ', 'parts.1.department': 'IenW' },
    'POST /reacties/{id}/steun': { proposalId: f.proposal },
    'POST /reacties/{id}/melden': { proposalId: f.proposal },
  };
  return forms[route] ?? {};
}

const CSRF_SEED = randomBytes(24).toString('base64url');
const csrfToken = createHmac('sha256', new PortalEnv().CSRF_SECRET).update(`csrf:${CSRF_SEED}`).digest('base64url');

function classify(status: number): Expected | `server error ${number}` | 'ok' {
  if (status >= 500) return `server error ${status}`;
  if (status === 401 || status === 403 || status === 404) return String(status) as Expected;
  return 'ok';
}

describe('the authorization matrix (e2e/authorization/matrix.md)', () => {
  const matrix = readMatrix();

  it('has one row for every route of the public origin, and none for a route that is gone', () => {
    const routes = new Set([...serviceRoutes(), ...portalRoutes()]);
    const rows = new Set(matrix.map((r) => r.route));
    expect({ missing: [...routes].filter((r) => !rows.has(r)).sort(), gone: [...rows].filter((r) => !routes.has(r)).sort() }).toEqual({ missing: [], gone: [] });
    expect(rows.size).toBe(matrix.length);
  });
});

describe('every caller of every route of the public origin', () => {
  const matrix = readMatrix();
  let fixture: Fixture;
  let bearer: Record<Caller, string | undefined>;

  beforeAll(async () => {
    fixture = await buildFixture();
    bearer = {
      anonymous: undefined,
      reporter: undefined,
      'other reporter': undefined,
      official: staffToken(['official'], 'EZ'),
      'official of another department': staffToken(['official'], 'BZK'),
      intake: staffToken(['intake' as StaffRole]),
      moderator: staffToken(['moderator']),
      coordinator: staffToken(['coordinator']),
      admin: staffToken(['admin']),
    };
  }, 180000);

  it('is answered as matrix.md says', async () => {
    const mismatches: string[] = [];
    let requests = 0;
    for (const caller of CALLERS) {
      for (const row of matrix) {
        const [method, template] = row.route.split(' ');
        const isApi = template.startsWith('/api/') || template === '/metrics';
        const url = new URL(`${baseUrl()}${concretePath(template, fixture)}`);
        const token = caller === 'reporter' ? fixture.reporterToken : caller === 'other reporter' ? fixture.otherReporterToken : undefined;
        if (token) url.searchParams.set('token', token);
        const headers: Record<string, string> = {};
        let body: string | undefined;
        if (isApi) {
          if (bearer[caller]) headers.authorization = `Bearer ${bearer[caller]}`;
          if (method !== 'GET') {
            headers['content-type'] = 'application/json';
            body = JSON.stringify(apiBody(row.route, fixture));
          }
        } else {
          headers.cookie = `pb_csrf=${CSRF_SEED}${bearer[caller] ? `; pb_session=${bearer[caller]}` : ''}`;
          if (method !== 'GET') {
            headers['content-type'] = 'application/x-www-form-urlencoded';
            body = new URLSearchParams({ _csrf: csrfToken, ...pageForm(row.route, caller, fixture) }).toString();
          }
        }
        const res = await fetch(url, { method, headers, body, redirect: 'manual' });
        await res.arrayBuffer();
        requests++;
        // A caller resolved the resolution row's report: the next caller gets a fresh open one.
        if (template === RESOLUTION && res.status < 300) fixture.resolutionReport = await triagedReport(9004, bearer.admin!);
        const got = classify(res.status);
        if (got !== row.expected[caller]) mismatches.push(`${row.route} as ${caller}: expected ${row.expected[caller]}, got ${res.status}`);
      }
    }
    console.log(`authorization matrix: ${requests} requests, ${matrix.length} routes × ${CALLERS.length} callers, ${mismatches.length} mismatches`);
    expect(mismatches).toEqual([]);
  });

  it('serves /metrics to Prometheus with the scrape token (METRICS_TOKEN), and to no caller of the table', async () => {
    const scrape = await fetch(`${baseUrl()}/metrics`, { headers: { authorization: `Bearer ${env.METRICS_TOKEN}` } });
    expect(scrape.status).toBe(200);
    expect(await scrape.text()).toContain('http_request_duration_seconds');
    const admin = await fetch(`${baseUrl()}/metrics`, { headers: { authorization: `Bearer ${bearer.admin}` } });
    expect({ status: admin.status, type: admin.headers.get('content-type') }).toEqual({ status: 401, type: expect.stringContaining('application/problem+json') });
  });
});
