import { createServer, IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RequestContext } from '@pb/observability';
import { PortalEnv } from '../config/portal.env';
import { ServiceClient } from './service-client';

describe('ServiceClient', () => {
  let server: Server;
  let seen: IncomingHttpHeaders | undefined;
  let seenUrl: string | undefined;
  let seenBody: string | undefined;
  let answer: (req: IncomingMessage, res: ServerResponse) => void;
  let client: ServiceClient;
  let port: number;

  const json = (status: number, body: string, type = 'application/json') => (_req: IncomingMessage, res: ServerResponse) => {
    res.statusCode = status;
    res.setHeader('content-type', type);
    res.end(body);
  };

  beforeAll(async () => {
    server = createServer((req, res) => {
      seen = req.headers;
      seenUrl = req.url;
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        seenBody = body;
        answer(req, res);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    const env = Object.assign(new PortalEnv(), { COMMENTS_URL: `http://127.0.0.1:${port}`, LOKET_URL: `http://127.0.0.1:${port}`, UPSTREAM_TIMEOUT_MS: 300 });
    client = new ServiceClient(env);
  });

  beforeEach(() => {
    answer = json(200, '{"ok":true}');
    seen = seenUrl = seenBody = undefined;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("passes the visitor's address and the correlation id on to the service", async () => {
    const result = await RequestContext.run({ correlationId: 'corr-123', clientIp: '203.0.113.7' }, () =>
      client.to('comments', { lang: 'nl' }).POST('/api/comments/{id}/support', { params: { path: { id: 'x' } }, body: { email: 'a@example.org' } }),
    );
    expect(result.ok).toBe(true);
    expect(seen?.['x-forwarded-for']).toBe('203.0.113.7');
    expect(seen?.['x-correlation-id']).toBe('corr-123');
  });

  it('downloads a file by the typed path: parameters filled in and encoded, empty query values left out, the body streamed through', async () => {
    answer = json(200, 'id;tekst\n1;ja\n', 'text/csv; charset=utf-8');
    const file = await client.download(
      'comments',
      '/api/proposals/{id}/comments/export',
      { path: { id: 'a b' }, query: { format: 'csv', q: '', organisation: 'true' } },
      { lang: 'en', token: 'tok' },
    );
    expect(seenUrl).toBe('/api/proposals/a%20b/comments/export?format=csv&organisation=true');
    expect(seen?.authorization).toBe('Bearer tok');
    expect(seen?.['accept-language']).toBe('en');
    expect(file.ok).toBe(true);
    if (!file.ok) return;
    expect(file.contentType).toBe('text/csv; charset=utf-8');
    expect(await new Response(file.body).text()).toBe('id;tekst\n1;ja\n');
  });

  it('sends no forwarded address outside a page request', async () => {
    await client.to('comments', { lang: 'nl' }).GET('/api/proposals/{id}/comments', { params: { path: { id: 'x' } } });
    expect(seen?.['x-forwarded-for']).toBeUndefined();
  });

  it('fills in the path, leaves empty query values out, and sends the language, the token and the JSON body', async () => {
    const result = await RequestContext.run({ correlationId: 'c', idempotencyKey: 'idem-1' }, () =>
      client.to('loket', { lang: 'en', token: 'tok' }).POST('/api/loket/reports/{reference}/messages', { params: { path: { reference: 'LKT-2026-000001' }, query: { token: '' } }, body: { body: 'Hallo' } }),
    );
    expect(result).toEqual({ ok: true, status: 200, data: { ok: true } });
    expect(seenUrl).toBe('/api/loket/reports/LKT-2026-000001/messages');
    expect(seen?.['accept-language']).toBe('en');
    expect(seen?.authorization).toBe('Bearer tok');
    expect(seen?.['idempotency-key']).toBe('idem-1');
    expect(seen?.['content-type']).toBe('application/json');
    expect(JSON.parse(seenBody ?? '')).toEqual({ body: 'Hallo' });
  });

  it('sends no idempotency key with a GET, and no token when the page does not forward one', async () => {
    await RequestContext.run({ correlationId: 'c', idempotencyKey: 'idem-1' }, () => client.to('loket', { lang: 'nl' }).GET('/api/loket/register', { params: { query: { cursor: 'abc' } } }));
    expect(seenUrl).toBe('/api/loket/register?cursor=abc');
    expect(seen?.['idempotency-key']).toBeUndefined();
    expect(seen?.authorization).toBeUndefined();
  });

  it('hands a problem+json answer to the page as the problem, its fields included', async () => {
    const problem = { type: 'about:blank', title: 'Ongeldige invoer', status: 400, detail: 'Controleer het gemarkeerde veld.', errors: [{ field: 'email', message: 'Vul een e-mailadres in.' }] };
    answer = json(400, JSON.stringify(problem), 'application/problem+json');
    const result = await client.to('comments', { lang: 'nl' }).POST('/api/comments/{id}/support', { params: { path: { id: 'x' } }, body: { email: '' } });
    expect(result).toEqual({ ok: false, status: 400, problem });
  });

  it('says a failing service failed (5xx), and a 504 that it timed out', async () => {
    answer = json(500, '{"type":"about:blank","title":"Fout","status":500,"detail":"x"}', 'application/problem+json');
    expect(await client.to('loket', { lang: 'nl' }).GET('/api/loket/register')).toMatchObject({ ok: false, status: 500, unavailable: 'error' });
    answer = json(504, '');
    expect(await client.to('loket', { lang: 'nl' }).GET('/api/loket/register')).toMatchObject({ ok: false, status: 504, unavailable: 'timeout' });
  });

  it('reads an answer that is not JSON, or empty, as no body rather than failing the page', async () => {
    answer = json(200, '<html>oops</html>', 'text/html');
    expect(await client.to('loket', { lang: 'nl' }).GET('/api/loket/register')).toEqual({ ok: true, status: 200, data: undefined });
    answer = json(202, '');
    expect(await client.to('loket', { lang: 'nl' }).POST('/api/loket/tracking-links', { body: { reference: 'LKT-2026-000001', email: 'a@example.org' } })).toEqual({ ok: true, status: 202, data: undefined });
  });

  it('gives up on a service that does not answer in time (504), and says so for one that is down (502)', async () => {
    answer = () => undefined; // never answers
    expect(await client.to('loket', { lang: 'nl' }).GET('/api/loket/register')).toEqual({ ok: false, status: 504, unavailable: 'timeout' });
    const down = new ServiceClient(Object.assign(new PortalEnv(), { LOKET_URL: 'http://127.0.0.1:1', UPSTREAM_TIMEOUT_MS: 300 }));
    expect(await down.to('loket', { lang: 'nl' }).GET('/api/loket/register')).toEqual({ ok: false, status: 502, unavailable: 'down' });
  });
});
