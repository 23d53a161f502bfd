import { Controller, Get, INestApplication, Module, Query } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { MAX_REQUEST_HEAD_BYTES, PlatformExpressAdapter } from './http-server';

@Controller()
class EchoController {
  @Get('echo')
  echo(@Query('q') q: string): { length: number } {
    return { length: q.length };
  }
}

@Module({ controllers: [EchoController] })
class EchoModule {}

describe('PlatformExpressAdapter', () => {
  const apps: INestApplication[] = [];
  afterAll(() => Promise.all(apps.map((a) => a.close())));

  const start = async (adapter?: PlatformExpressAdapter): Promise<string> => {
    const app = adapter ? await NestFactory.create(EchoModule, adapter, { logger: false }) : await NestFactory.create(EchoModule, { logger: false });
    apps.push(app);
    await app.listen(0, '127.0.0.1');
    return `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
  };
  // 2 550 four-byte characters, each percent-encoded to twelve: a valid duplicate check's longest URL.
  const longQuery = encodeURIComponent('\u{3D89F}'.repeat(2550));

  it('serves a valid request whose URL is 30 KiB (Node alone answers 431 from 16 KiB)', async () => {
    expect(longQuery.length).toBeGreaterThan(30_000);
    const ours = await fetch(`${await start(new PlatformExpressAdapter())}/echo?q=${longQuery}`);
    expect(ours.status).toBe(200);
    expect(await ours.json()).toEqual({ length: 5100 }); // UTF-16 code units: two per character
    const plain = await fetch(`${await start()}/echo?q=${longQuery}`);
    expect(plain.status).toBe(431);
  });

  it('still refuses a request head beyond its limit', async () => {
    const res = await fetch(`${await start(new PlatformExpressAdapter())}/echo?q=${'a'.repeat(MAX_REQUEST_HEAD_BYTES + 1)}`);
    expect(res.status).toBe(431);
  });
});
