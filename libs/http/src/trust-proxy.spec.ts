import 'reflect-metadata';
import { Controller, Get, Module, Req } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Request } from 'express';
import request from 'supertest';
import { configureHttpApp } from './bootstrap';

@Controller()
class WhoAmIController {
  @Get('ip')
  ip(@Req() req: Request): { ip: string | undefined } {
    return { ip: req.ip };
  }
}

@Module({ controllers: [WhoAmIController] })
class WhoAmIModule {}

/** The services' HTTP pipeline (configureHttpApp, as main.ts runs it) with a given TRUST_PROXY. */
async function serviceWith(trustProxy: string | undefined): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(WhoAmIModule, { logger: false, bodyParser: false });
  configureHttpApp(app, { title: 'trust proxy', openApiPath: '/openapi.json', trustProxy });
  await app.init();
  return app;
}

// supertest connects from 127.0.0.1: the "proxy" in front of the app is this test itself.
describe('trust proxy (TRUST_PROXY)', () => {
  const apps: NestExpressApplication[] = [];
  afterAll(async () => {
    await Promise.all(apps.map((a) => a.close()));
  });
  const ipSeenBy = async (trustProxy: string | undefined, forwardedFor?: string): Promise<string> => {
    const app = await serviceWith(trustProxy);
    apps.push(app);
    const req = request(app.getHttpServer()).get('/ip');
    const res = await (forwardedFor ? req.set('X-Forwarded-For', forwardedFor) : req).expect(200);
    return (res.body as { ip: string }).ip;
  };

  it('takes the client address from X-Forwarded-For sent by a trusted range', async () => {
    expect(await ipSeenBy('10.0.0.0/8, 127.0.0.0/8', '203.0.113.7')).toBe('203.0.113.7');
  });

  it('ignores X-Forwarded-For from a proxy outside the trusted ranges', async () => {
    expect(await ipSeenBy('10.0.0.0/8', '203.0.113.7')).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
  });

  it('skips every trusted hop but no more: an address the client wrote itself is not taken', async () => {
    // client → ingress (10.1.2.3, trusted) → us: the client's own "1.1.1.1" stays to the left of its real address.
    expect(await ipSeenBy('loopback, 10.0.0.0/8', '1.1.1.1, 198.51.100.9, 10.1.2.3')).toBe('198.51.100.9');
  });

  it('defaults to loopback when the app passes no setting', async () => {
    expect(await ipSeenBy(undefined, '203.0.113.8')).toBe('203.0.113.8');
  });

  it('refuses to trust everyone', async () => {
    await expect(serviceWith('true')).rejects.toThrow(/TRUST_PROXY must be a list/);
  });
});
