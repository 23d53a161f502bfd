import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { validateEnv } from '@pb/config';
import { createServer, IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import request from 'supertest';
import { productionPortalEnv } from '../test/support/production-portal-env';
import { PortalAppModule } from './app.module';
import { PortalEnv } from './config/portal.env';
import { configurePortalApp } from './portal-app';

/** The portal as it runs with NODE_ENV=production: no development login, Secure cookies, TRUST_PROXY. */
describe('portal in production', () => {
  let upstream: Server;
  let upstreamUrl = '';
  const seen: IncomingMessage['headers'][] = [];
  const apps: NestExpressApplication[] = [];

  async function portal(env: PortalEnv): Promise<NestExpressApplication> {
    const app = await NestFactory.create<NestExpressApplication>(PortalAppModule.register({ env }), { logger: false, bodyParser: false });
    configurePortalApp(app, env, pino({ level: 'silent' }));
    await app.init();
    apps.push(app);
    return app;
  }
  const services = () => ({ LOKET_URL: upstreamUrl, PROPOSALS_URL: upstreamUrl, COMMENTS_URL: upstreamUrl, REVIEW_URL: upstreamUrl, UPSTREAM_TIMEOUT_MS: '500' });

  beforeAll(async () => {
    upstream = createServer((req, res) => {
      seen.push(req.headers);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ items: [], total: 0, page: 1, pageSize: 20 }));
    });
    await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
    upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await Promise.all(apps.map((a) => a.close()));
    await new Promise((r) => upstream.close(r));
  });

  it('has no development login: /inloggen offers the identity provider only, and POST /inloggen signs nothing', async () => {
    const app = await portal(validateEnv(PortalEnv, productionPortalEnv(services())));
    const form = await request(app.getHttpServer()).get('/inloggen').expect(200);
    expect(form.text).not.toContain('name="role"');
    expect(form.text).toContain('href="/inloggen/oidc?next=%2F"');
    // A valid CSRF pair from a page with a form (Secure cookies are not replayed over plain HTTP by the client: set by hand).
    const other = await request(app.getHttpServer()).get('/meldingen/nieuw').expect(200);
    const seed = /pb_csrf=([^;]+)/.exec(String(other.headers['set-cookie']))![1];
    const csrf = /name="_csrf" value="([^"]+)"/.exec(other.text)![1];
    const login = await request(app.getHttpServer()).post('/inloggen').set('Cookie', `pb_csrf=${seed}`).type('form').send({ _csrf: csrf, role: 'admin', name: 'Mallory', next: '/' }).expect(404);
    expect(String(login.headers['set-cookie'] ?? '')).not.toContain('pb_session=');
  });

  it('keeps the development login shut in production even when an env object skipped validation', async () => {
    const env = Object.assign(validateEnv(PortalEnv, services() as NodeJS.ProcessEnv), { NODE_ENV: 'production', DEV_LOGIN: true });
    const app = await portal(env);
    expect((await request(app.getHttpServer()).get('/inloggen').expect(200)).text).not.toContain('name="role"');
  });

  it('marks every cookie Secure and sends HSTS', async () => {
    const app = await portal(validateEnv(PortalEnv, productionPortalEnv(services())));
    const res = await request(app.getHttpServer()).get('/?lang=en').expect(200);
    const cookies = res.headers['set-cookie'] as unknown as string[];
    expect(cookies.map((c) => c.split('=')[0]).sort()).toEqual(['pb_csrf', 'pb_lang']);
    for (const cookie of cookies) expect(cookie).toMatch(/; Secure/);
    expect(res.headers['strict-transport-security']).toBeDefined();
  });

  it.each([
    ['a trusted range', 'loopback', '203.0.113.7'],
    ['an untrusted range', '10.0.0.0/8', '127.0.0.1'],
  ])('forwards the visitor address from X-Forwarded-For sent by %s only (TRUST_PROXY=%s)', async (_, trustProxy, forwarded) => {
    const app = await portal(validateEnv(PortalEnv, productionPortalEnv({ ...services(), TRUST_PROXY: trustProxy })));
    seen.length = 0;
    await request(app.getHttpServer()).get('/register').set('X-Forwarded-For', '203.0.113.7').expect(200);
    // The register asks the loket for its entries and the strategy for its theme filter: both get the address.
    expect(seen.length).toBeGreaterThanOrEqual(1);
    for (const headers of seen) expect(String(headers['x-forwarded-for']).replace(/^::ffff:/, '')).toBe(forwarded);
  });
});
