import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { configureHttpApp } from '@pb/http';
import { OutboxRelay } from '@pb/messaging';
import { createTestDatabase, dropTestDatabase, testEnv, testLogger } from '@pb/testing';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { LoketAppModule } from '../../src/app.module';
import { LoketEnv } from '../../src/config/loket.env';
import { loketMigrations } from '../../src/migrations';
import { aReportRequest } from '../factories/report-request.factory';

/** A port nothing listens on: a Kafka that is not there. */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as AddressInfo).port;
  await new Promise((r) => s.close(r));
  return port;
}

describe('the loket starting while Kafka is down (real PostgreSQL, no Kafka)', () => {
  let app: NestExpressApplication;
  let db: { name: string; url: string };

  beforeAll(async () => {
    db = await createTestDatabase('loket', loketMigrations);
    const env = testEnv(LoketEnv, { DATABASE_URL: db.url, KAFKA_BROKERS: `127.0.0.1:${await closedPort()}` });
    const started = Date.now();
    app = await NestFactory.create<NestExpressApplication>(LoketAppModule.register({ env, logger: testLogger() }), { logger: false, bodyParser: false, abortOnError: false });
    configureHttpApp(app, { title: 'test', openApiPath: '/openapi.json' });
    await app.init();
    // Booting did not wait for Kafka (kafkajs alone would retry for seconds before giving up).
    expect(Date.now() - started).toBeLessThan(10000);
  });
  afterAll(async () => {
    await app?.close();
    await dropTestDatabase(db.name);
  });

  it('is ready, says Kafka is degraded, and accepts a report into its outbox', async () => {
    const health = await request(app.getHttpServer()).get('/health/ready').expect(200);
    expect(health.body).toMatchObject({ status: 'degraded', checks: { database: { status: 'up' }, kafka: { status: 'degraded' } } });

    const res = await request(app.getHttpServer()).post('/api/loket/reports').send(aReportRequest()).expect(201);
    const [row] = await app.get(DataSource).query(`SELECT sent_at FROM outbox_messages WHERE envelope->'payload'->>'reference' = $1`, [res.body.reference]);
    expect(row).toEqual({ sent_at: null }); // waits in the outbox for Kafka
    expect(await app.get(OutboxRelay).pending()).toBe(1);
    const after = await request(app.getHttpServer()).get('/health/ready').expect(200);
    expect(after.body.checks.kafka.outboxPending).toBe(1);
  });
});
