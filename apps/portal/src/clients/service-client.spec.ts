import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RequestContext } from '@pb/observability';
import { PortalEnv } from '../config/portal.env';
import { ServiceClient } from './service-client';

describe('ServiceClient', () => {
  let server: Server;
  let seen: IncomingHttpHeaders | undefined;
  let client: ServiceClient;

  beforeAll(async () => {
    server = createServer((req, res) => {
      seen = req.headers;
      res.setHeader('content-type', 'application/json');
      res.end('{"ok":true}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const env = Object.assign(new PortalEnv(), { COMMENTS_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
    client = new ServiceClient(env);
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("passes the visitor's address and the correlation id on to the service", async () => {
    const result = await RequestContext.run({ correlationId: 'corr-123', clientIp: '203.0.113.7' }, () =>
      client.call('comments', '/api/comments/x/support', { method: 'POST', body: {}, lang: 'nl' }),
    );
    expect(result.ok).toBe(true);
    expect(seen?.['x-forwarded-for']).toBe('203.0.113.7');
    expect(seen?.['x-correlation-id']).toBe('corr-123');
  });

  it('sends no forwarded address outside a page request', async () => {
    await client.call('comments', '/api/comments/x/support', { lang: 'nl' });
    expect(seen?.['x-forwarded-for']).toBeUndefined();
  });
});
