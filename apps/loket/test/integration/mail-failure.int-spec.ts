import { createTestApp, createTestDatabase, dropTestDatabase, testEnv, testLogger, waitFor } from '@pb/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { LoketAppModule } from '../../src/app.module';
import { LoketEnv } from '../../src/config/loket.env';
import { loketMigrations } from '../../src/migrations';
import { aReportRequest } from '../factories/report-request.factory';

describe('mail that cannot be sent (real PostgreSQL and Kafka, SMTP unreachable)', () => {
  let app: NestExpressApplication;
  let db: { name: string; url: string };

  beforeAll(async () => {
    db = await createTestDatabase('loket', loketMigrations);
    // Port 9 (discard) is closed here: every SMTP connection is refused.
    app = await createTestApp(LoketAppModule.register({ env: testEnv(LoketEnv, { DATABASE_URL: db.url, SMTP_URL: 'smtp://127.0.0.1:9' }), logger: testLogger() }));
  });
  afterAll(async () => {
    await app?.close();
    await dropTestDatabase(db.name);
  });

  it('never fails the report; the acknowledgement stays queued with the error and is retried later', async () => {
    const res = await request(app.getHttpServer()).post('/api/loket/reports').send(aReportRequest()).expect(201);
    expect(res.body.reference).toMatch(/^LKT-/);
    const ds = app.get(DataSource);
    const [row] = await waitFor(
      () => ds.query(`SELECT kind, attempts, sent_at, last_error, next_attempt_at > now() AS later FROM mail_outbox`),
      (rows: { last_error: string | null }[]) => rows.length === 1 && rows[0].last_error !== null,
      { what: 'a failed send attempt' },
    );
    expect(row).toMatchObject({ kind: 'loket.acknowledgement', attempts: 1, sent_at: null, later: true });
  });

  it('keeps an unsent mail whole (address and body) for the next attempt', async () => {
    const ds = app.get(DataSource);
    const [row] = await ds.query(`SELECT to_address, subject, text_body FROM mail_outbox WHERE kind = 'loket.acknowledgement'`);
    expect(row.to_address).toBe('anna.devries@example.nl');
    expect(row.subject).toMatch(/^Ontvangstbevestiging melding LKT-/);
    expect(row.text_body).toMatch(/\/meldingen\/LKT-\d{4}-\d{6}\?token=/);
  });
});
