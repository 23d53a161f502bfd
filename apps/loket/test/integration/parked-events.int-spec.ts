import type { NestExpressApplication } from '@nestjs/platform-express';
import { signDevelopmentToken, StaffRole } from '@pb/auth';
import { OutboxRelay } from '@pb/messaging';
import { createTestApp, createTestDatabase, dropTestDatabase, testEnv, testLogger, waitFor } from '@pb/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { LoketAppModule } from '../../src/app.module';
import { LoketEnv } from '../../src/config/loket.env';
import { loketMigrations } from '../../src/migrations';
import { aReportRequest } from '../factories/report-request.factory';

describe('GET /api/loket/admin/parked-events and the re-queue (real PostgreSQL and Kafka)', () => {
  let app: NestExpressApplication;
  let db: { name: string; url: string };
  let env: LoketEnv;
  const token = (...roles: StaffRole[]) => `Bearer ${signDevelopmentToken({ secret: env.JWT_SECRET, issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE }, { sub: 'u1', roles, department: 'EZK' })}`;

  beforeAll(async () => {
    db = await createTestDatabase('loket', loketMigrations);
    env = testEnv(LoketEnv, { DATABASE_URL: db.url });
    app = await createTestApp(LoketAppModule.register({ env, logger: testLogger() }));
  });
  afterAll(async () => {
    await app?.close();
    await dropTestDatabase(db.name);
  });

  it('is for admins only', async () => {
    await request(app.getHttpServer()).get('/api/loket/admin/parked-events').expect(401);
    await request(app.getHttpServer()).get('/api/loket/admin/parked-events').set('authorization', token('official')).expect(403);
    await request(app.getHttpServer()).post('/api/loket/admin/parked-events/1/requeue').set('authorization', token('coordinator')).expect(403);
    const res = await request(app.getHttpServer()).get('/api/loket/admin/parked-events').set('authorization', token('admin')).expect(200);
    expect(res.body).toEqual({ items: [], total: 0 });
  });

  it('lists a parked row of a report, and its re-queue publishes it', async () => {
    const created = await request(app.getHttpServer()).post('/api/loket/reports').send(aReportRequest()).expect(201);
    const ds = app.get(DataSource);
    await waitFor(() => app.get(OutboxRelay).pending(), (n) => n === 0, { what: 'the outbox drained' });
    // As the relay leaves a row Kafka refused (the refusal itself is tested in libs/messaging).
    // TypeORM answers an UPDATE … RETURNING with [rows, count].
    const [[row]] = await ds.query(
      `UPDATE outbox_messages SET sent_at = NULL, parked_at = now(), parked_reason = 'MESSAGE_TOO_LARGE: too large'
        WHERE envelope->'payload'->>'reference' = $1 RETURNING position::text AS position, event_id`,
      [created.body.reference],
    );
    const list = await request(app.getHttpServer()).get('/api/loket/admin/parked-events?limit=500').set('authorization', token('admin')).expect(200);
    expect(list.body.total).toBe(1);
    expect(list.body.items[0]).toMatchObject({ position: row.position, eventId: row.event_id, type: 'loket.BarrierReported', reason: 'MESSAGE_TOO_LARGE: too large', heldBehind: null });

    const missing = await request(app.getHttpServer()).post('/api/loket/admin/parked-events/99999999/requeue').set('authorization', token('admin')).set('accept-language', 'en').expect(404);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    expect(missing.body).toMatchObject({ status: 404, code: 'outbox.parked-event-not-found', detail: 'There is no parked event at this position.' });
    await request(app.getHttpServer()).post('/api/loket/admin/parked-events/abc/requeue').set('authorization', token('admin')).expect(404);

    const requeued = await request(app.getHttpServer()).post(`/api/loket/admin/parked-events/${row.position}/requeue`).set('authorization', token('admin')).expect(200);
    expect(requeued.body).toEqual({ requeued: 1 });
    await waitFor(async () => (await ds.query(`SELECT sent_at FROM outbox_messages WHERE position = $1`, [row.position]))[0].sent_at, Boolean, { what: 'the re-queued row sent' });
    expect((await request(app.getHttpServer()).get('/api/loket/admin/parked-events').set('authorization', token('admin')).expect(200)).body.total).toBe(0);
  });
});
