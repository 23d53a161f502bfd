import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { RequestMethod, Type } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { signDevelopmentToken, StaffRole } from '@pb/auth';
import { validateEnv } from '@pb/config';
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import request from 'supertest';
import { PortalAppModule } from '../app.module';
import { PortalEnv } from '../config/portal.env';
import { configurePortalApp } from '../portal-app';
import { rolesOf } from './roles.guard';

const STAFF_ROLES: StaffRole[] = ['official', 'intake', 'moderator', 'coordinator'];
const EXAMPLE_PARAMS: Record<string, string> = { reference: 'LKT-2026-000001', id: '4f1c2a9e-0000-4000-8000-000000000001', service: 'loket', position: '1' };

interface Route {
  method: 'get' | 'post';
  path: string;
  roles: StaffRole[] | undefined;
}

/** Every page route of the portal, read from the controllers' own metadata (nothing listed by hand). */
function routesOf(controllers: Type[]): Route[] {
  const routes: Route[] = [];
  for (const controller of controllers) {
    const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
    for (const name of Object.getOwnPropertyNames(controller.prototype)) {
      const handler = controller.prototype[name] as unknown;
      if (name === 'constructor' || typeof handler !== 'function') continue;
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
      if (method === undefined || path === undefined) continue;
      const full = `/${[base, path].filter((p) => p && p !== '/').join('/')}`.replace(/:(\w+)/g, (_, p: string) => EXAMPLE_PARAMS[p] ?? 'x');
      routes.push({ method: method === RequestMethod.POST ? 'post' : 'get', path: full, roles: rolesOf(controller, handler as () => unknown) });
    }
  }
  return routes;
}

describe('@Roles on staff pages (HTTP)', () => {
  let upstream: Server;
  let calls = 0;
  let app: NestExpressApplication;
  let env: PortalEnv;
  let routes: Route[];

  beforeAll(async () => {
    upstream = createServer((_req, res) => {
      calls += 1;
      res.writeHead(500).end();
    });
    await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
    env = validateEnv(PortalEnv, { LOKET_URL: url, PROPOSALS_URL: url, COMMENTS_URL: url, REVIEW_URL: url, UPSTREAM_TIMEOUT_MS: '300' } as NodeJS.ProcessEnv);
    const module = PortalAppModule.register({ env });
    routes = routesOf((module.controllers ?? []) as Type[]);
    app = await NestFactory.create<NestExpressApplication>(module, { logger: false, bodyParser: false });
    configurePortalApp(app, env, pino({ level: 'silent' }));
    await app.init();
  });

  afterAll(async () => {
    await app.close();
    await new Promise((r) => upstream.close(r));
  });

  const token = (roles: StaffRole[]) => signDevelopmentToken({ secret: env.JWT_SECRET, issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE }, { sub: 'guard-spec', roles });

  /** A form's CSRF token and the cookie it belongs to, from a public form. */
  async function csrfPair(): Promise<{ token: string; cookie: string }> {
    const page = await request(app.getHttpServer()).get('/meldingen/nieuw').expect(200);
    const cookie = ([] as string[]).concat(page.headers['set-cookie'] ?? []).find((c) => c.startsWith('pb_csrf='))!.split(';')[0];
    return { token: /name="_csrf" value="([^"]+)"/.exec(page.text)![1], cookie };
  }

  it('puts a role on every route of the staff areas, and on none of the public ones', () => {
    const staff = routes.filter((r) => /^\/(behandelen|moderatie|coordinatie|beheer)(\/|$)/.test(r.path));
    expect(staff.length).toBeGreaterThanOrEqual(20);
    expect(staff.filter((r) => !r.roles?.length).map((r) => `${r.method} ${r.path}`)).toEqual([]);
    expect(routes.filter((r) => r.roles && !staff.includes(r)).map((r) => `${r.method} ${r.path}`)).toEqual([]);
  });

  it('answers every staff route with the login page (401) to nobody and "no access" (403) to a wrong role, before any service call', async () => {
    const csrf = await csrfPair();
    calls = 0;
    const guarded = routes.filter((r) => r.roles?.length);
    for (const route of guarded) {
      const wrong = STAFF_ROLES.filter((r) => !route.roles!.includes(r));
      const send = (session?: string) => {
        const req = request(app.getHttpServer())[route.method](route.path).set('Cookie', [csrf.cookie, ...(session ? [`pb_session=${session}`] : [])].join('; '));
        return route.method === 'post' ? req.type('form').send({ _csrf: csrf.token }) : req;
      };
      const anonymous = await send();
      expect([route.path, anonymous.status]).toEqual([route.path, 401]);
      expect(anonymous.text).toContain('Inloggen vereist');
      expect(anonymous.text).toContain(`/inloggen?next=${encodeURIComponent(route.path)}`);
      const forbidden = await send(token([wrong[0]]));
      expect([route.path, forbidden.status]).toEqual([route.path, 403]);
      expect(forbidden.text).toContain('Geen toegang');
      expect(forbidden.text).toContain('Uw rol geeft geen toegang tot deze pagina.');
    }
    expect(guarded.filter((r) => r.method === 'post').length).toBeGreaterThan(10);
    expect(calls).toBe(0);
  });

  it('lets an admin past every staff guard', async () => {
    const admin = `pb_session=${token(['admin'])}`;
    for (const route of routes.filter((r) => r.roles?.length && r.method === 'get')) {
      const res = await request(app.getHttpServer()).get(route.path).set('Cookie', admin);
      expect([route.path, res.status]).not.toEqual([route.path, 401]);
      expect([route.path, res.status]).not.toEqual([route.path, 403]);
    }
  });
});
