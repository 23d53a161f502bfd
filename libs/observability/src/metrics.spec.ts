import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import request from 'supertest';
import { MetricsAccess, MetricsModule } from './metrics';

const TOKEN = 'scrape-token-of-at-least-thirty-two-bytes';
const asked = (ip: string, authorization?: string) => ({ ip, headers: authorization ? { authorization } : {} });

describe('MetricsAccess', () => {
  const access = new MetricsAccess({ token: TOKEN, allowed: '10.0.0.0/8, 192.168.1.7, fd00::/8' });

  it('lets in the scrape token, from anywhere', () => {
    expect(access.allows(asked('203.0.113.9', `Bearer ${TOKEN}`))).toBe(true);
  });

  it('refuses no token, another token, a staff token and a token in another scheme', () => {
    expect(access.allows(asked('203.0.113.9'))).toBe(false);
    expect(access.allows(asked('203.0.113.9', `Bearer ${TOKEN}x`))).toBe(false);
    expect(access.allows(asked('203.0.113.9', 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.x'))).toBe(false);
    expect(access.allows(asked('203.0.113.9', `Basic ${TOKEN}`))).toBe(false);
  });

  it('lets in an allowed network without the token (IPv4, IPv4-mapped IPv6, IPv6), and no other', () => {
    expect(access.allows(asked('10.42.3.4'))).toBe(true);
    expect(access.allows(asked('::ffff:192.168.1.7'))).toBe(true);
    expect(access.allows(asked('fd12::1'))).toBe(true);
    expect(access.allows(asked('192.168.1.8'))).toBe(false);
    expect(access.allows(asked('127.0.0.1'))).toBe(false);
  });

  it('with no token configured, lets nobody in by token', () => {
    expect(new MetricsAccess({ token: '' }).allows(asked('127.0.0.1', 'Bearer '))).toBe(false);
  });
});

describe('GET /metrics', () => {
  let app: INestApplication;

  beforeAll(async () => {
    app = await NestFactory.create(MetricsModule.forRoot({ token: TOKEN, allowed: '' }), { logger: false });
    await app.init();
  });

  afterAll(async () => {
    await app.close();
  });

  it('answers 401 problem+json without the scrape token, telling nothing else', async () => {
    const res = await request(app.getHttpServer()).get('/metrics').expect(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.headers['www-authenticate']).toBe('Bearer realm="metrics"');
    expect(res.text).not.toContain('process_cpu');
  });

  it('says so in the reader\'s language, from the catalogue, one language at a time', async () => {
    const nl = (await request(app.getHttpServer()).get('/metrics').expect(401)).body;
    expect(nl).toEqual({ type: 'about:blank', title: 'Niet ingelogd', status: 401, detail: 'De metrics zijn er alleen voor de monitoring: stuur het scrape-token mee.' });
    const en = (await request(app.getHttpServer()).get('/metrics').set('Accept-Language', 'en-GB,en;q=0.9').expect(401)).body;
    expect(en).toEqual({ type: 'about:blank', title: 'Not logged in', status: 401, detail: 'Metrics are for monitoring only: send the scrape token.' });
  });

  it('serves the Prometheus text with the scrape token', async () => {
    const res = await request(app.getHttpServer()).get('/metrics').set('Authorization', `Bearer ${TOKEN}`).expect(200);
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.text).toContain('process_cpu_user_seconds_total');
  });
});
