import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { validateEnv } from '@pb/config';
import jwt from 'jsonwebtoken';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import request from 'supertest';
import { PortalAppModule } from '../../app.module';
import { PortalEnv } from '../../config/portal.env';
import { configurePortalApp } from '../../portal-app';

/**
 * The production login against a stand-in OIDC provider: discovery, JWKS, token endpoint with PKCE.
 * The session token is then verified by the same JWKS path the services use.
 */
describe('OIDC login (authorization code flow with PKCE)', () => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid: 'k1', use: 'sig', alg: 'RS256' };
  let provider: Server;
  let issuer = '';
  let app: NestExpressApplication;
  const codes = new Map<string, { challenge: string; nonce: string }>();
  let tokenRequests: URLSearchParams[] = [];

  const sign = (claims: object, audience: string) => jwt.sign(claims, privateKey, { algorithm: 'RS256', keyid: 'k1', issuer, audience, subject: 'employee-42', expiresIn: 600 });

  beforeAll(async () => {
    provider = createServer((req, res) => {
      const url = new URL(req.url!, issuer);
      if (url.pathname === '/.well-known/openid-configuration') {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ issuer, authorization_endpoint: `${issuer}/authorize`, token_endpoint: `${issuer}/token`, jwks_uri: `${issuer}/jwks` }));
      } else if (url.pathname === '/jwks') {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ keys: [jwk] }));
      } else if (url.pathname === '/token') {
        let body = '';
        req.on('data', (c) => (body += c));
        req.on('end', () => {
          const form = new URLSearchParams(body);
          tokenRequests.push(form);
          const grant = codes.get(form.get('code') ?? '');
          const verifierOk = grant && createHash('sha256').update(form.get('code_verifier') ?? '').digest('base64url') === grant.challenge;
          if (!grant || !verifierOk) {
            res.statusCode = 400;
            res.end(JSON.stringify({ error: 'invalid_grant' }));
            return;
          }
          res.setHeader('content-type', 'application/json');
          res.end(
            JSON.stringify({
              id_token: sign({ nonce: grant.nonce, name: 'Olga' }, 'portal-client'),
              access_token: sign({ roles: ['official'], department: 'EZK', name: 'Olga' }, 'permanent-beta'),
              token_type: 'Bearer',
            }),
          );
        });
      } else {
        res.statusCode = 404;
        res.end();
      }
    });
    await new Promise<void>((r) => provider.listen(0, '127.0.0.1', r));
    issuer = `http://127.0.0.1:${(provider.address() as AddressInfo).port}`;
    const env = validateEnv(PortalEnv, {
      JWT_JWKS_URL: `${issuer}/jwks`,
      JWT_ISSUER: issuer,
      JWT_AUDIENCE: 'permanent-beta',
      OIDC_ISSUER_URL: issuer,
      OIDC_CLIENT_ID: 'portal-client',
      OIDC_REDIRECT_URL: 'http://127.0.0.1:3000/inloggen/callback',
      LOKET_URL: `${issuer}/loket`,
      UPSTREAM_TIMEOUT_MS: '2000',
    } as NodeJS.ProcessEnv);
    app = await NestFactory.create<NestExpressApplication>(PortalAppModule.register({ env }), { logger: false, bodyParser: false });
    configurePortalApp(app, env, pino({ level: 'silent' }));
    await app.init();
  });

  afterAll(async () => {
    await app.close();
    await new Promise((r) => provider.close(r));
  });

  beforeEach(() => {
    tokenRequests = [];
  });

  async function startLogin(agent: ReturnType<typeof request.agent>): Promise<URL> {
    const res = await agent.get('/inloggen/oidc?next=/behandelen').expect(303);
    return new URL(res.headers.location);
  }

  it('offers no development issuer when a provider is configured', async () => {
    const page = await request(app.getHttpServer()).get('/inloggen').expect(200);
    expect(page.text).toContain('href="/inloggen/oidc?next=%2F"');
    expect(page.text).not.toContain('name="role"');
  });

  it('sends staff to the provider with state, nonce and a PKCE challenge, and logs them in on return', async () => {
    const agent = request.agent(app.getHttpServer());
    const authorize = await startLogin(agent);
    expect(`${authorize.origin}${authorize.pathname}`).toBe(`${issuer}/authorize`);
    expect(authorize.searchParams.get('client_id')).toBe('portal-client');
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    codes.set('code-1', { challenge: authorize.searchParams.get('code_challenge')!, nonce: authorize.searchParams.get('nonce')! });

    const back = await agent.get(`/inloggen/callback?code=code-1&state=${authorize.searchParams.get('state')}`).expect(303);
    expect(back.headers.location).toBe('/behandelen');
    expect(tokenRequests[0].get('redirect_uri')).toBe('http://127.0.0.1:3000/inloggen/callback');
    const home = await agent.get('/').expect(200);
    expect(home.text).toContain('Ingelogd als Olga (Behandelaar, EZK)');
  });

  it('refuses a return with the wrong state, and one whose ID token carries another nonce', async () => {
    const agent = request.agent(app.getHttpServer());
    const authorize = await startLogin(agent);
    codes.set('code-2', { challenge: authorize.searchParams.get('code_challenge')!, nonce: authorize.searchParams.get('nonce')! });
    await agent.get('/inloggen/callback?code=code-2&state=forged').expect(400);
    expect(tokenRequests).toHaveLength(0);

    const again = await startLogin(agent);
    codes.set('code-3', { challenge: again.searchParams.get('code_challenge')!, nonce: 'someone-elses-nonce' });
    await agent.get(`/inloggen/callback?code=code-3&state=${again.searchParams.get('state')}`).expect(400);
    expect((await agent.get('/').expect(200)).text).not.toContain('Ingelogd als');
  });

  it('refuses a callback without the signed pending-login cookie', async () => {
    await request(app.getHttpServer()).get('/inloggen/callback?code=code-1&state=x').expect(400);
  });
});
