import { Body, Controller, Global, HttpCode, Module, Post, Res } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Clock, FixedClock } from '@pb/kernel';
import { serviceDataSourceOptions } from '@pb/persistence';
import { createTestApp, createTestDatabase, dropTestDatabase, testLogger } from '@pb/testing';
import type { Response } from 'express';
import { setTimeout as sleep } from 'node:timers/promises';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { Idempotent, IdempotencyKeys1763900000070, IdempotencyModule, PostgresRateLimiter, ProblemDetailsFilter, RateLimitTables1763900000060 } from '../../src';

const migrations = [RateLimitTables1763900000060, IdempotencyKeys1763900000070];
const clock = new FixedClock(new Date('2026-12-05T12:00:00Z'));
/** What the test route does: how long it takes, and whether it fails. */
const behaviour = { delayMs: 0, fail: false, made: 0 };

@Controller('things')
class ThingsController {
  @Post()
  @HttpCode(201)
  @Idempotent()
  async make(@Body() body: { name: string }, @Res({ passthrough: true }) res: Response) {
    await sleep(behaviour.delayMs);
    if (behaviour.fail) throw new Error('the database went away');
    behaviour.made += 1;
    res.location(`/things/${behaviour.made}`);
    return { id: behaviour.made, name: body.name };
  }
}

@Global()
@Module({ providers: [{ provide: Clock, useValue: clock }], exports: [Clock] })
class ClockModule {}

/** The shared pieces of libs/http on the real PostgreSQL: the idempotency interceptor and the rate limiter. */
describe('Idempotency-Key and rate limits (real PostgreSQL)', () => {
  let db: { name: string; url: string };
  let app: NestExpressApplication;
  let ds: DataSource;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    db = await createTestDatabase('httplib', migrations);
    app = await createTestApp({
      module: class TestModule {},
      imports: [
        ClockModule,
        TypeOrmModule.forRoot(serviceDataSourceOptions({ url: db.url, entities: [], migrations })),
        IdempotencyModule.forService({ waitMs: 400, pollMs: 20, staleAfterMs: 60_000 }),
      ],
      controllers: [ThingsController],
      providers: [{ provide: APP_FILTER, useValue: new ProblemDetailsFilter(testLogger()) }],
    });
    ds = app.get(DataSource);
  });
  afterAll(async () => {
    await app?.close();
    await dropTestDatabase(db.name);
  });
  beforeEach(() => Object.assign(behaviour, { delayMs: 0, fail: false }));

  it('answers a repeat with the first answer (status, body, Location) and makes nothing twice', async () => {
    const before = behaviour.made;
    const first = await http().post('/things').set('Idempotency-Key', 'key-repeat-0001').send({ name: 'a' }).expect(201);
    const again = await http().post('/things').set('Idempotency-Key', 'key-repeat-0001').send({ name: 'a' }).expect(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.location).toBe(first.headers.location);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(behaviour.made).toBe(before + 1);
    // Without a key nothing changes: every request makes a thing.
    await http().post('/things').send({ name: 'a' }).expect(201);
    await http().post('/things').send({ name: 'a' }).expect(201);
    expect(behaviour.made).toBe(before + 3);
  });

  it('lets a concurrent repeat wait for the first, and gives up with 409 and Retry-After when the first takes too long', async () => {
    behaviour.delayMs = 150;
    const before = behaviour.made;
    const [a, b] = await Promise.all([
      http().post('/things').set('Idempotency-Key', 'key-concurrent-01').send({ name: 'b' }),
      http().post('/things').set('Idempotency-Key', 'key-concurrent-01').send({ name: 'b' }),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body).toEqual(b.body);
    expect(behaviour.made).toBe(before + 1);

    behaviour.delayMs = 1200;
    const slow = http().post('/things').set('Idempotency-Key', 'key-slow-000001').send({ name: 'c' }).then((r) => r);
    await sleep(100);
    const impatient = await http().post('/things').set('Idempotency-Key', 'key-slow-000001').set('Accept-Language', 'en').send({ name: 'c' }).expect(409);
    expect(impatient.headers['retry-after']).toBe('1');
    expect(impatient.body).toMatchObject({ code: 'HTTP.IDEMPOTENCY_KEY_IN_PROGRESS', detail: expect.stringContaining('still being processed') });
    expect((await slow).status).toBe(201);
  });

  it('refuses the same key with another request (422) and a malformed key (422), each with its code and a clear message', async () => {
    await http().post('/things').set('Idempotency-Key', 'key-mismatch-001').send({ name: 'd' }).expect(201);
    const other = await http().post('/things').set('Idempotency-Key', 'key-mismatch-001').send({ name: 'e' }).expect(422);
    expect(other.headers['content-type']).toContain('application/problem+json');
    expect(other.body).toMatchObject({ code: 'HTTP.IDEMPOTENCY_KEY_REUSED', detail: expect.stringContaining('al gebruikt voor een ander verzoek') });
    for (const bad of ['short', 'x'.repeat(201), 'met spatie erin', 'ümlaut-key-01']) {
      const res = await http().post('/things').set('Idempotency-Key', bad).send({ name: 'f' }).expect(422);
      expect(res.body.code).toBe('HTTP.IDEMPOTENCY_KEY_INVALID');
    }
  });

  it('frees the key of a request that failed, so sending it again works', async () => {
    behaviour.fail = true;
    await http().post('/things').set('Idempotency-Key', 'key-failed-00001').send({ name: 'g' }).expect(500);
    expect(await ds.query(`SELECT 1 FROM idempotency_keys WHERE route = 'POST /things' AND state = 'in-progress'`)).toEqual([]);
    behaviour.fail = false;
    const ok = await http().post('/things').set('Idempotency-Key', 'key-failed-00001').send({ name: 'g' }).expect(201);
    expect(ok.headers['idempotent-replayed']).toBeUndefined();
  });

  it('forgets a key after 24 hours, and stores only hashes of keys with an expiry for the retention job', async () => {
    const first = await http().post('/things').set('Idempotency-Key', 'key-expiring-001').send({ name: 'h' }).expect(201);
    const rows: { key_hash: string; created_at: Date; expires_at: Date }[] = await ds.query(`SELECT key_hash, created_at, expires_at FROM idempotency_keys`);
    expect(JSON.stringify(rows)).not.toContain('key-expiring-001');
    for (const r of rows) expect(new Date(r.expires_at).getTime() - new Date(r.created_at).getTime()).toBe(24 * 3600_000);
    clock.set(new Date('2026-12-06T12:00:01Z'));
    try {
      const later = await http().post('/things').set('Idempotency-Key', 'key-expiring-001').send({ name: 'h' }).expect(201);
      expect(later.body.id).not.toBe(first.body.id);
    } finally {
      clock.set(new Date('2026-12-05T12:00:00Z'));
    }
  });

  it('rate limiter: counts per bucket and key in a sliding window, refuses with the seconds until the oldest attempt leaves it', async () => {
    const limiter = new PostgresRateLimiter(ds);
    const t0 = new Date('2026-12-05T12:00:00Z');
    const at = (s: number) => new Date(t0.getTime() + s * 1000);
    const limits = [{ bucket: 'test:ip', key: 'k1', limit: 2 }];
    expect(await limiter.hit(limits, 60, at(0))).toEqual({ allowed: true });
    expect(await limiter.hit(limits, 60, at(10))).toEqual({ allowed: true });
    expect(await limiter.hit(limits, 60, at(20))).toEqual({ allowed: false, retryAfterSeconds: 40 });
    // Another key and another bucket have their own counters.
    expect(await limiter.hit([{ bucket: 'test:ip', key: 'k2', limit: 2 }], 60, at(20))).toEqual({ allowed: true });
    expect(await limiter.hit([{ bucket: 'test:email', key: 'k1', limit: 2 }], 60, at(20))).toEqual({ allowed: true });
    // The tightest exhausted limit decides; refused attempts count too, so the door stays shut while hammered.
    expect(await limiter.hit([...limits, { bucket: 'test:email', key: 'k1', limit: 5 }], 60, at(61))).toEqual({ allowed: false, retryAfterSeconds: 9 });
    expect(await limiter.hit(limits, 60, at(125))).toEqual({ allowed: true });
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM rate_limit_attempts WHERE bucket = 'test:ip' AND key_hash = 'k1' AND expires_at > $1`, [at(125)]);
    expect(n).toBe(1);
  });
});
