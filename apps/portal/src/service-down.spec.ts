import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { signDevelopmentToken } from '@pb/auth';
import { validateEnv } from '@pb/config';
import { createServer as createHttpServer, Server } from 'node:http';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import request from 'supertest';
import { PortalAppModule } from './app.module';
import { PortalEnv } from './config/portal.env';
import { configurePortalApp } from './portal-app';

/** Pages that read from a service: with it down they answer 503 with the message, in the layout. */
const NEEDS_A_SERVICE: [string, string][] = [
  ['/monitor', 'review'],
  ['/register', 'loket'],
  ['/strategie', 'proposals'],
  ['/strategie/versies/2026.1', 'proposals'],
  ['/jaaroverzichten/2026', 'review'],
  ['/open-data', 'review'],
  ['/consultaties', 'proposals'],
  ['/consultaties/0b8a3c55-5d8e-4c3a-9a55-4a7a3f4b0c11', 'proposals'],
  ['/meldingen/LKT-2026-000001?token=abc', 'loket'],
  ['/behandelen', 'loket'],
  ['/behandelen/LKT-2026-000001', 'loket'],
  ['/moderatie', 'comments'],
  ['/coordinatie', 'proposals'],
  ['/coordinatie/wijzigingen?jaar=2026', 'review'],
  ['/beheer/geparkeerde-events', 'all'],
];
/** Pages that need no service: unaffected. */
const STANDALONE = ['/', '/inloggen', '/meldingen/nieuw', '/jaaroverzichten'];

const UNAVAILABLE_NL = /tijdelijk niet beschikbaar|reageerde niet op tijd/;

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as AddressInfo).port;
  await new Promise((r) => s.close(r));
  return port;
}

async function portal(urls: Record<'LOKET_URL' | 'PROPOSALS_URL' | 'COMMENTS_URL' | 'REVIEW_URL', string>): Promise<{ app: NestExpressApplication; staff: string }> {
  const env = validateEnv(PortalEnv, { ...urls, UPSTREAM_TIMEOUT_MS: '1000' } as NodeJS.ProcessEnv);
  const app = await NestFactory.create<NestExpressApplication>(PortalAppModule.register({ env }), { logger: false, bodyParser: false });
  configurePortalApp(app, env, pino({ level: 'silent' }));
  await app.init();
  const staff = signDevelopmentToken({ secret: env.JWT_SECRET, issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE }, { sub: 'a1', roles: ['admin'], department: 'EZK' });
  return { app, staff };
}

describe('the portal with services down (HTTP)', () => {
  describe('every service down', () => {
    let app: NestExpressApplication;
    let staff: string;

    beforeAll(async () => {
      const down = `http://127.0.0.1:${await freePort()}`;
      ({ app, staff } = await portal({ LOKET_URL: down, PROPOSALS_URL: down, COMMENTS_URL: down, REVIEW_URL: down }));
    });
    afterAll(() => app.close());

    it('is ready: it can serve pages (the services are reported, not required)', async () => {
      const res = await request(app.getHttpServer()).get('/health/ready').expect(200);
      expect(res.body).toEqual({ status: 'degraded', services: { loket: 'down', proposals: 'down', comments: 'down', review: 'down' } });
      await request(app.getHttpServer()).get('/health').expect(200);
    });

    it.each(STANDALONE)('%s is unaffected (200)', async (path) => {
      const res = await request(app.getHttpServer()).get(path).set('Cookie', `pb_session=${staff}`).expect(200);
      expect(res.text).not.toMatch(UNAVAILABLE_NL);
    });

    it.each(NEEDS_A_SERVICE)('%s says plainly that it is unavailable, in the normal layout, with 503 (needs %s)', async (path) => {
      const started = Date.now();
      const res = await request(app.getHttpServer()).get(path).set('Cookie', `pb_session=${staff}`).expect(503);
      expect(Date.now() - started).toBeLessThan(3000);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.text).toContain('<html lang="nl"');
      expect(res.text).toContain('aria-label="Hoofdmenu"');
      expect(res.text).toMatch(UNAVAILABLE_NL);
      expect(res.text).not.toMatch(/at \w+ \(|Error:|ECONNREFUSED/);
    });

    it('says it in English too', async () => {
      const res = await request(app.getHttpServer()).get('/monitor?lang=en').expect(503);
      expect(res.text).toContain('<html lang="en"');
      expect(res.text).toContain('This part of the platform is temporarily unavailable.');
    });

    it('answers the API of a service that is down with a problem, at once', async () => {
      const res = await request(app.getHttpServer()).post('/api/loket/reports').set('content-type', 'application/json').send('{}').expect(502);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body).toMatchObject({ status: 502, title: 'Dienst niet bereikbaar' });
    });
  });

  describe('only the loket down', () => {
    let app: NestExpressApplication;
    let staff: string;
    let others: Server;

    beforeAll(async () => {
      // The other services answer with empty lists: their pages render as normal.
      others = createHttpServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ items: [], total: 0 }));
      });
      await new Promise<void>((r) => others.listen(0, '127.0.0.1', r));
      const up = `http://127.0.0.1:${(others.address() as AddressInfo).port}`;
      const down = `http://127.0.0.1:${await freePort()}`;
      ({ app, staff } = await portal({ LOKET_URL: down, PROPOSALS_URL: up, COMMENTS_URL: up, REVIEW_URL: up }));
    });
    afterAll(async () => {
      await app.close();
      await new Promise((r) => others.close(r));
    });

    it('the loket pages are unavailable (503), a page of another service is not', async () => {
      expect((await request(app.getHttpServer()).get('/behandelen').set('Cookie', `pb_session=${staff}`)).status).toBe(503);
      expect((await request(app.getHttpServer()).get('/register')).status).toBe(503);
      const moderation = await request(app.getHttpServer()).get('/moderatie').set('Cookie', `pb_session=${staff}`).expect(200);
      expect(moderation.text).not.toMatch(UNAVAILABLE_NL);
    });

    it('the admin page of parked events shows the other services and the message for the loket', async () => {
      const res = await request(app.getHttpServer()).get('/beheer/geparkeerde-events').set('Cookie', `pb_session=${staff}`).expect(503);
      expect(res.text.match(/Geen geparkeerde events\./g)).toHaveLength(3);
      expect(res.text.match(UNAVAILABLE_NL)).toHaveLength(1);
    });
  });
});

describe('the portal with a service that does not answer (HTTP)', () => {
  let app: NestExpressApplication;
  let staff: string;
  let silent: Server;

  beforeAll(async () => {
    silent = createHttpServer(() => undefined); // accepts and never answers
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    ({ app, staff } = await portal({ LOKET_URL: url, PROPOSALS_URL: url, COMMENTS_URL: url, REVIEW_URL: url }));
  });
  afterAll(async () => {
    await app.close();
    silent.closeAllConnections();
    await new Promise((r) => silent.close(r));
  });

  it('answers the API with a 504 problem at the upstream timeout, never hanging', async () => {
    const started = Date.now();
    const res = await request(app.getHttpServer()).post('/api/proposals/0b8a3c55-5d8e-4c3a-9a55-4a7a3f4b0c11/comments').set('content-type', 'application/json').send('{"body":"x"}');
    expect(res.status).toBe(504);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(Date.now() - started).toBeLessThan(2500);
  });

  it('answers a page with 503 and the message at the upstream timeout', async () => {
    const started = Date.now();
    const res = await request(app.getHttpServer()).get('/behandelen').set('Cookie', `pb_session=${staff}`).expect(503);
    expect(res.text).toMatch(UNAVAILABLE_NL);
    expect(Date.now() - started).toBeLessThan(2500);
  });
});
