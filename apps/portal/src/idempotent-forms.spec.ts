import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { signDevelopmentToken, StaffRole } from '@pb/auth';
import { validateEnv } from '@pb/config';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import request from 'supertest';
import { PortalAppModule } from './app.module';
import { PortalEnv } from './config/portal.env';
import { configurePortalApp } from './portal-app';

const PROPOSAL = '8a7b6c5d-4e3f-4a1b-9c2d-0e1f2a3b4c5d';
const RESPONSE = '3f1c2a9e-6b7d-4e21-9c3a-1d2e3f4a5b6c';
const AMENDMENT = '6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const REFERENCE = 'LKT-2026-000042';
const soon = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/** What the services answer, per path: enough for every page with a form to render it. */
function upstreamAnswer(url: string): [number, unknown] {
  const path = url.split('?')[0];
  const proposal = {
    id: PROPOSAL,
    status: 'open',
    title: 'Werkplaatsen voor AI in het mkb',
    summary: 'Samenvatting.',
    theme: '2.1.2',
    opensAt: soon(-2),
    closesAt: soon(20),
    moderation: 'post',
    questions: [{ id: 'q1', text: 'Wat heeft u nodig?' }],
    documents: [],
    body: 'Tekst.',
    bodyHtml: '<p>Tekst.</p>',
    report: null,
  };
  if (path === `/api/proposals/${PROPOSAL}/comments`) {
    return [200, { items: [{ id: RESPONSE, body: 'Goed idee.', answers: [], onBehalfOf: null, publishedAt: soon(-1), supportCount: 2, replies: [] }], total: 1 }];
  }
  if (path === `/api/proposals/${PROPOSAL}`) return [200, url.includes('closed') ? { ...proposal, status: 'closed' } : proposal];
  if (path === '/api/proposals') return [200, { items: [{ ...proposal, status: 'draft' }] }];
  if (path === '/api/strategy') return [200, { version: '2018.0', themes: [{ code: '2.1.2', title: 'AI in het mkb', actions: [] }] }];
  if (path === `/api/loket/reports/${REFERENCE}`) {
    const base = { reference: REFERENCE, title: 'Drone-inspectie', description: 'Omschrijving.', status: 'received', timeline: [{ status: 'received', at: soon(-1), by: 'reporter' }], messages: [], deadlines: { triageBy: '2026-12-10', answerBy: '2027-01-30' } };
    return [200, url.includes('token=') ? base : { ...base, possibleDuplicates: [], duplicates: [], consent: { contact: true, publish: true }, contact: { name: 'A', email: 'a@example.nl' } }];
  }
  if (path === '/api/moderation/queue') {
    return [200, { items: [{ id: RESPONSE, proposalId: PROPOSAL, status: 'pending-moderation', reason: 'pre-moderation', body: 'Wacht op beoordeling.', flags: [], flagCount: 0, submittedAt: soon(-1) }], next: null }];
  }
  if (/^\/api\/review\/years\/\d{4}\/amendments$/.test(path)) {
    const amendment = { id: AMENDMENT, kind: 'add-action', themeCode: '2.1.2', summary: 'Een actie erbij.', text: 'Nieuwe actie.', evidence: [], status: 'proposed' };
    return [200, { items: [amendment, { ...amendment, id: AMENDMENT.replace('6c', '7c'), status: 'accepted' }], next: null }];
  }
  return [404, { status: 404 }];
}

/**
 * Issue 9: every form the portal renders carries a fresh idempotency key in a hidden field, and a
 * posted form's key reaches the service as the `Idempotency-Key` header (a double click makes one
 * report, one response, one message).
 */
describe('portal forms carry an idempotency key (HTTP)', () => {
  let upstream: Server;
  let app: NestExpressApplication;
  let env: PortalEnv;
  const seen: { method?: string; url?: string; headers: IncomingMessage['headers'] }[] = [];
  let answerPost: (res: ServerResponse) => void;

  beforeAll(async () => {
    upstream = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        seen.push({ method: req.method, url: req.url, headers: req.headers });
        if (req.method === 'POST') return answerPost(res);
        const [status, body] = upstreamAnswer(req.url ?? '/');
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      });
    });
    await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
    env = validateEnv(PortalEnv, { LOKET_URL: url, PROPOSALS_URL: url, COMMENTS_URL: url, REVIEW_URL: url, UPSTREAM_TIMEOUT_MS: '1000' } as NodeJS.ProcessEnv);
    app = await NestFactory.create<NestExpressApplication>(PortalAppModule.register({ env }), { logger: false, bodyParser: false });
    configurePortalApp(app, env, pino({ level: 'silent' }));
    await app.init();
  });

  afterAll(async () => {
    await app.close();
    await new Promise((r) => upstream.close(r));
  });

  beforeEach(() => {
    seen.length = 0;
    answerPost = (res) => {
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ reference: REFERENCE, status: 'received', id: RESPONSE }));
    };
  });

  const session = (roles: StaffRole[]) => `pb_session=${signDevelopmentToken({ secret: env.JWT_SECRET, issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE }, { sub: `staff-${roles[0]}`, roles, department: 'EZK' })}`;

  /** Every `<form method="post">…</form>` of a page. */
  const postForms = (page: string): string[] => [...page.matchAll(/<form\b[^>]*method="post"[^>]*>[\s\S]*?<\/form>/g)].map((m) => m[0]);
  const keyOf = (form: string): string | undefined => /<input type="hidden" name="_idempotency_key" value="([^"]+)">/.exec(form)?.[1];

  const pages: { path: string; roles?: StaffRole[]; atLeast: number }[] = [
    { path: '/meldingen/nieuw', atLeast: 1 },
    { path: `/meldingen/${REFERENCE}?token=${'t'.repeat(43)}`, atLeast: 1 },
    { path: `/consultaties/${PROPOSAL}`, atLeast: 3 },
    { path: '/reacties/bevestigen?token=abc', atLeast: 1 },
    { path: '/inloggen', atLeast: 1 },
    { path: `/behandelen/${REFERENCE}`, roles: ['official'], atLeast: 4 },
    { path: '/moderatie', roles: ['moderator'], atLeast: 1 },
    { path: '/coordinatie', roles: ['coordinator'], atLeast: 2 },
    { path: '/coordinatie/voorstellen/nieuw', roles: ['coordinator'], atLeast: 1 },
    { path: `/coordinatie/voorstellen/${PROPOSAL}/verslag`, roles: ['coordinator'], atLeast: 1 },
    { path: '/coordinatie/wijzigingen?jaar=2026', roles: ['coordinator'], atLeast: 3 },
  ];

  it.each(pages)('$path: every post form has a hidden idempotency key of its own', async ({ path, roles, atLeast }) => {
    const get = request(app.getHttpServer()).get(path);
    const page = await (roles ? get.set('Cookie', session(roles)) : get).expect(200);
    const forms = postForms(page.text);
    expect(forms.length).toBeGreaterThanOrEqual(atLeast + (roles ? 1 : 0));
    const keys = forms.map(keyOf);
    for (const [i, key] of keys.entries()) expect({ form: forms[i].slice(0, 80), key }).toEqual({ form: forms[i].slice(0, 80), key: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(new Set(keys).size).toBe(keys.length);
    // A fresh page, fresh keys: an old tab never replays another submission.
    const again = await (roles ? request(app.getHttpServer()).get(path).set('Cookie', session(roles)) : request(app.getHttpServer()).get(path)).expect(200);
    for (const key of postForms(again.text).map(keyOf)) expect(keys).not.toContain(key);
  });

  it('forwards the posted key as the Idempotency-Key header, and a page re-rendered after a failed post keeps the same key', async () => {
    const agent = request.agent(app.getHttpServer());
    const form = await agent.get('/meldingen/nieuw').expect(200);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(form.text)![1];
    const key = keyOf(postForms(form.text)[0])!;
    answerPost = (res) => {
      res.writeHead(504, { 'content-type': 'application/problem+json' });
      res.end(JSON.stringify({ status: 504 }));
    };
    const fields = { _csrf: csrf, _idempotency_key: key, title: 'Een titel', description: 'Een omschrijving van de belemmering.', 'contact.email': 'a@example.nl' };
    const failed = await agent.post('/meldingen/nieuw').type('form').send(fields);
    expect(failed.status).toBeGreaterThanOrEqual(500);
    const post = seen.find((s) => s.method === 'POST')!;
    expect(post.url).toBe('/api/loket/reports');
    expect(post.headers['idempotency-key']).toBe(key);
    // Sending the re-rendered form again is a retry of the same submission, not a new one.
    expect(keyOf(postForms(failed.text)[0])).toBe(key);

    seen.length = 0;
    answerPost = (res) => {
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ reference: REFERENCE, status: 'received' }));
    };
    await agent.post('/meldingen/nieuw').type('form').send({ ...fields, _idempotency_key: 'kort' });
    expect(seen.find((s) => s.method === 'POST')?.headers['idempotency-key']).toBeUndefined();
  });

  it('gets no key onto a GET call to a service', async () => {
    await request(app.getHttpServer()).get(`/consultaties/${PROPOSAL}`).expect(200);
    expect(seen.length).toBeGreaterThan(0);
    for (const call of seen) expect(call.headers['idempotency-key']).toBeUndefined();
  });
});
