import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { signDevelopmentToken } from '@pb/auth';
import { validateEnv } from '@pb/config';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import request from 'supertest';
import { PortalAppModule } from '../../app.module';
import { PortalEnv } from '../../config/portal.env';
import { configurePortalApp } from '../../portal-app';
import { serviceFor } from '../../proxy/api-routes';

/** A stand-in for the review service: each test says how it answers. */
let answer: (req: IncomingMessage, body: string, res: ServerResponse) => void;
const seen: { method?: string; url?: string; body: string; headers: IncomingMessage['headers'] }[] = [];
const json = (res: ServerResponse, status: number, body: unknown, type = 'application/json'): void => {
  res.writeHead(status, { 'content-type': type });
  res.end(JSON.stringify(body));
};

const ID = '6b0f7c1e-8d2a-4c3b-9e4f-5a6b7c8d9e0f';
const erasure = (status: 'pending' | 'completed') => ({
  id: ID,
  status,
  requestedAt: '2026-12-01T10:00:00.000Z',
  requestedBy: 'admin-1',
  completedAt: status === 'completed' ? '2026-12-01T10:00:03.000Z' : null,
  services: [
    { service: 'loket', status: 'completed', erased: { reporters: 1, reports: 2, messages: 0, mails: 3 }, answeredAt: '2026-12-01T10:00:02.000Z' },
    status === 'completed'
      ? { service: 'comments', status: 'completed', erased: { responses: 1, 'unverified-responses': 0, supports: 0, verifications: 1, mails: 2 }, answeredAt: '2026-12-01T10:00:03.000Z' }
      : { service: 'comments', status: 'pending', erased: null, answeredAt: null },
  ],
});

describe('admin erasure pages (HTTP)', () => {
  let upstream: Server;
  let app: NestExpressApplication;
  let env: PortalEnv;
  let admin: string;

  beforeAll(async () => {
    upstream = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        seen.push({ method: req.method, url: req.url, body, headers: req.headers });
        answer(req, body, res);
      });
    });
    await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
    env = validateEnv(PortalEnv, { LOKET_URL: url, PROPOSALS_URL: url, COMMENTS_URL: url, REVIEW_URL: url, UPSTREAM_TIMEOUT_MS: '300' } as NodeJS.ProcessEnv);
    app = await NestFactory.create<NestExpressApplication>(PortalAppModule.register({ env }), { logger: false, bodyParser: false });
    configurePortalApp(app, env, pino({ level: 'silent' }));
    await app.init();
    admin = signDevelopmentToken({ secret: env.JWT_SECRET, issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE }, { sub: 'admin-1', roles: ['admin'] });
  });

  afterAll(async () => {
    await app.close();
    await new Promise((r) => upstream.close(r));
  });

  beforeEach(() => {
    seen.length = 0;
    answer = (_req, _body, res) => json(res, 404, { status: 404 }, 'application/problem+json');
  });

  const asAdmin = () => {
    const agent = request.agent(app.getHttpServer());
    return { agent, cookie: `pb_session=${admin}` };
  };

  it('forwards /api/privacy to the review service, which coordinates erasures', () => {
    expect(serviceFor('/api/privacy/erasures')).toBe('review');
    expect(serviceFor(`/api/privacy/erasures/${ID}`)).toBe('review');
    expect(serviceFor('/api/privacyx')).toBeUndefined();
  });

  it('is for admins only: a login is asked for, any other role is refused, and only an admin sees it in the menu', async () => {
    await request(app.getHttpServer()).get('/beheer/verwijderverzoeken').expect(401);
    const coordinator = signDevelopmentToken({ secret: env.JWT_SECRET, issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE }, { sub: 'c1', roles: ['coordinator'] });
    await request(app.getHttpServer()).get('/beheer/verwijderverzoeken').set('Cookie', `pb_session=${coordinator}`).expect(403);
    await request(app.getHttpServer()).get(`/beheer/verwijderverzoeken/${ID}`).set('Cookie', `pb_session=${coordinator}`).expect(403);
    expect((await request(app.getHttpServer()).get('/').set('Cookie', `pb_session=${coordinator}`).expect(200)).text).not.toContain('href="/beheer/verwijderverzoeken"');
    expect((await request(app.getHttpServer()).get('/').set('Cookie', `pb_session=${admin}`).expect(200)).text).toContain('href="/beheer/verwijderverzoeken"');
    expect(seen).toHaveLength(0);
  });

  it('sends the address to the review service with the admin’s token and shows the request’s status page (POST → 303)', async () => {
    const { agent, cookie } = asAdmin();
    const form = await agent.get('/beheer/verwijderverzoeken').set('Cookie', cookie).expect(200);
    expect(form.text).toContain('<html lang="nl"');
    expect(form.text).toContain('<label class="utrecht-form-label" for="f-email">E-mailadres</label>');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(form.text)![1];
    answer = (req, _body, res) => (req.method === 'POST' ? json(res, 202, erasure('pending')) : json(res, 200, erasure('pending')));
    seen.length = 0;
    const posted = await agent.post('/beheer/verwijderverzoeken').set('Cookie', cookie).type('form').send({ _csrf: csrf, email: ' Hendrika@Example.org ' }).expect(303);
    expect(posted.headers.location).toBe(`/beheer/verwijderverzoeken/${ID}?verstuurd=1`);
    expect(seen[0]).toMatchObject({ method: 'POST', url: '/api/privacy/erasures' });
    expect(JSON.parse(seen[0].body)).toEqual({ email: 'Hendrika@Example.org' });
    expect(seen[0].headers.authorization).toBe(`Bearer ${admin}`);

    const page = await agent.get(posted.headers.location).set('Cookie', cookie).expect(200);
    expect(page.text).toContain('Het verzoek is verstuurd naar elk onderdeel van het platform.');
    expect(page.text).toContain('id="erasure-status">In behandeling<');
    expect(page.text).toContain('3 e-mails verwijderd');
    expect(page.text).toContain('nog geen antwoord');
    expect(page.text).toContain(`href="/beheer/verwijderverzoeken/${ID}">Status opnieuw bekijken`);
  });

  it('lists the recent requests on the form page, each linking to its status', async () => {
    answer = (req, _body, res) =>
      req.url === '/api/privacy/erasures?limit=20'
        ? json(res, 200, { items: [{ id: ID, status: 'completed', requestedAt: '2026-12-01T10:00:00.000Z', completedAt: '2026-12-01T10:00:03.000Z' }], next: null })
        : json(res, 404, { status: 404 });
    const { agent, cookie } = asAdmin();
    const page = await agent.get('/beheer/verwijderverzoeken').set('Cookie', cookie).expect(200);
    expect(page.text).toContain('Recente verzoeken');
    expect(page.text).toContain(`<a class="utrecht-link" href="/beheer/verwijderverzoeken/${ID}">1 december 2026 om 11:00</a>`);
    expect(page.text).toContain('Voltooid');
    expect(seen[0].headers.authorization).toBe(`Bearer ${admin}`);
    // Without the review, the form still works; the list is left out.
    answer = (_req, _body, res) => json(res, 503, { status: 503 }, 'application/problem+json');
    const without = await agent.get('/beheer/verwijderverzoeken').set('Cookie', cookie).expect(200);
    expect(without.text).toContain('for="f-email"');
    expect(without.text).not.toContain('Recente verzoeken');
  });

  it('shows a completed request per service with what was erased, in English too', async () => {
    answer = (_req, _body, res) => json(res, 200, erasure('completed'));
    const { agent, cookie } = asAdmin();
    const page = await agent.get(`/beheer/verwijderverzoeken/${ID}?lang=en`).set('Cookie', cookie).expect(200);
    expect(page.text).toContain('<html lang="en"');
    expect(page.text).toContain('id="erasure-status">Completed<');
    expect(page.text).toContain('Consultations (responses and support)');
    expect(page.text).toContain('1 response withdrawn (text, name and address removed; still counted in the figures)');
    expect(page.text).not.toContain('Check the status again');
  });

  it('shows the service’s field error in an error summary with the value kept, and a 404 page for an unknown request', async () => {
    answer = (_req, _body, res) => json(res, 400, { status: 400, title: 'Ongeldige invoer', errors: [{ field: 'email', message: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.' }] }, 'application/problem+json');
    const { agent, cookie } = asAdmin();
    const form = await agent.get('/beheer/verwijderverzoeken').set('Cookie', cookie).expect(200);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(form.text)![1];
    const res = await agent.post('/beheer/verwijderverzoeken').set('Cookie', cookie).type('form').send({ _csrf: csrf, email: 'geen-<adres>' }).expect(400);
    expect(res.text).toContain('href="#f-email">E-mailadres: Vul een geldig e-mailadres in');
    expect(res.text).toContain('value="geen-&lt;adres&gt;"');
    answer = (_req, _body, r) => json(r, 404, { status: 404 }, 'application/problem+json');
    await agent.get(`/beheer/verwijderverzoeken/${ID}`).set('Cookie', cookie).expect(404);
    await agent.get('/beheer/verwijderverzoeken/niet-een-id').set('Cookie', cookie).expect(404);
  });
});
