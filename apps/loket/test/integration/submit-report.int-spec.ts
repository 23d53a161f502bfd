import type { NestExpressApplication } from '@nestjs/platform-express';
import { Topics } from '@pb/contracts';
import { EventBroker, OutboxRelay, ReceivedMessage } from '@pb/messaging';
import { createTestApp, createTestDatabase, dropTestDatabase, testEnv, testLogger, waitFor } from '@pb/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { LoketAppModule } from '../../src/app.module';
import { LoketEnv } from '../../src/config/loket.env';
import { loketMigrations } from '../../src/migrations';
import { aReportRequest } from '../factories/report-request.factory';

describe('POST /api/loket/reports (real PostgreSQL and Kafka)', () => {
  let app: NestExpressApplication;
  let db: { name: string; url: string };
  const seen: ReceivedMessage[] = [];

  // Every request here comes from one address with the factory's one e-mail address: the abuse
  // limits (abuse-limits.int-spec.ts) are raised out of the way.
  beforeAll(async () => {
    db = await createTestDatabase('loket', loketMigrations);
    app = await createTestApp(LoketAppModule.register({ env: testEnv(LoketEnv, { DATABASE_URL: db.url, LOKET_INTAKE_PER_ADDRESS: 100_000, LOKET_INTAKE_PER_EMAIL: 100_000 }), logger: testLogger() }));
    await app.get(EventBroker).subscribe({ groupId: 'test-observer', topics: [Topics.barrierReports], onMessage: async (m) => void seen.push(m) });
  });

  afterAll(async () => {
    await app?.close();
    await dropTestDatabase(db.name);
  });

  it('stores the report, answers with a reference and publishes BarrierReported without personal data or the reporter’s own text', async () => {
    const body = aReportRequest();
    const res = await request(app.getHttpServer()).post('/api/loket/reports').send(body).expect(201);
    expect(res.body).toEqual({ reference: expect.stringMatching(/^LKT-\d{4}-\d{6}$/), status: 'received' });

    const message = await waitFor(async () => seen.find((m) => m.value?.toString().includes(res.body.reference)), Boolean, { what: 'BarrierReported on Kafka' });
    const event = JSON.parse(message!.value!.toString());
    expect(event).toMatchObject({ type: 'loket.BarrierReported', version: 3, payload: { reference: res.body.reference, technology: 'drones' } });
    // The index does not know this regulation: no BWB id, the article only, and not its name.
    expect(event.payload.regulation).toEqual({ article: '5' });
    const wire = message!.value!.toString();
    const contact = body.contact as { name: string; email: string; phone: string };
    for (const personal of [contact.name, contact.email, contact.phone, '12345678', 'Windwacht']) expect(wire).not.toContain(personal);
    // Free text typed by the reporter stays in the loket (issue 9): not the title, not the
    // description, not the regulation's name.
    const regulation = body.regulation as { name: string };
    for (const typed of [body.title as string, body.description as string, regulation.name]) expect(wire).not.toContain(typed);

    const ds = app.get(DataSource);
    const [row] = await ds.query(`SELECT sent_at FROM outbox_messages WHERE envelope->'payload'->>'reference' = $1`, [res.body.reference]);
    expect(row.sent_at).not.toBeNull();
    expect(await app.get(OutboxRelay).pending()).toBe(0);
  });

  it('identifies a typed regulation by its BWB id for the event and keeps what the reporter typed', async () => {
    const typed = { name: 'de Wwft, art. 33 lid 1' };
    const res = await request(app.getHttpServer()).post('/api/loket/reports').send(aReportRequest({ regulation: typed })).expect(201);
    const message = await waitFor(async () => seen.find((m) => m.value?.toString().includes(res.body.reference)), Boolean, { what: 'BarrierReported on Kafka' });
    const event = JSON.parse(message!.value!.toString());
    expect(event.payload.regulation).toEqual({ bwbId: 'BWBR0024282', article: '33' });
    expect(message!.value!.toString()).not.toContain('Wwft');

    const [row] = await app
      .get(DataSource)
      .query(`SELECT regulation_name, regulation_article, regulation_bwb_id, cited_bwb_id, cited_article FROM barrier_reports WHERE reference = $1`, [res.body.reference]);
    expect(row).toEqual({ regulation_name: typed.name, regulation_article: null, regulation_bwb_id: null, cited_bwb_id: 'BWBR0024282', cited_article: '33' });
  });

  it('identifies the AVG, which has no BWB id, as the EU regulation by its EU id — never as the UAVG', async () => {
    const typed = { name: 'AVG art. 6 lid 1' };
    const res = await request(app.getHttpServer()).post('/api/loket/reports').send(aReportRequest({ regulation: typed })).expect(201);
    const message = await waitFor(async () => seen.find((m) => m.value?.toString().includes(res.body.reference)), Boolean, { what: 'BarrierReported on Kafka' });
    expect(JSON.parse(message!.value!.toString()).payload.regulation).toEqual({ bwbId: 'EU-32016R0679', article: '6' });
    const [row] = await app.get(DataSource).query(`SELECT cited_bwb_id, cited_article FROM barrier_reports WHERE reference = $1`, [res.body.reference]);
    expect(row).toEqual({ cited_bwb_id: 'EU-32016R0679', cited_article: '6' });
    // The register's filter takes the EU id like a BWB id (nothing resolved yet: an empty page), and names both forms when refusing.
    expect((await request(app.getHttpServer()).get('/api/loket/register?bwbId=EU-32016R0679').expect(200)).body.items).toEqual([]);
    const bad = await request(app.getHttpServer()).get('/api/loket/register?bwbId=AVG').expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'bwbId', message: expect.stringContaining('EU-32016R0679') })]);
  });

  it('numbers references consecutively within a year', async () => {
    const a = await request(app.getHttpServer()).post('/api/loket/reports').send(aReportRequest()).expect(201);
    const b = await request(app.getHttpServer()).post('/api/loket/reports').send(aReportRequest()).expect(201);
    const n = (ref: string) => Number(ref.slice(-6));
    expect(n(b.body.reference)).toBe(n(a.body.reference) + 1);
  });

  it('refuses bad input with one Dutch message per field and stores nothing', async () => {
    const ds = app.get(DataSource);
    const [{ count: before }] = await ds.query(`SELECT count(*)::int AS count FROM barrier_reports`);
    const res = await request(app.getHttpServer())
      .post('/api/loket/reports')
      .send(aReportRequest({ company: { name: 'X', kvkNumber: '1234', sizeClass: 'giant' }, unexpected: true }))
      .expect(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'unexpected', message: 'Dit veld is onbekend en niet toegestaan.' },
        { field: 'company.kvkNumber', message: 'Een KvK-nummer bestaat uit 8 cijfers.' },
        { field: 'company.sizeClass', message: 'Kies een van: micro, small, medium, large.' },
      ]),
    );
    const [{ count: after }] = await ds.query(`SELECT count(*)::int AS count FROM barrier_reports`);
    expect(after).toBe(before);
  });

  it('answers in English when asked', async () => {
    const res = await request(app.getHttpServer())
      .post('/api/loket/reports')
      .set('Accept-Language', 'en-GB,en;q=0.9')
      .send(aReportRequest({ contact: { name: 'A', email: 'not-an-email' } }))
      .expect(400);
    expect(res.body.title).toBe('Invalid input');
    expect(res.body.errors).toContainEqual({ field: 'contact.email', message: 'Enter a valid e-mail address, for example name@example.com.' });
  });

  it('gives every report of a burst its own reference, each intake with its own number drawn outside the others’ transactions', async () => {
    const year = new Date().getFullYear();
    const answers = await Promise.all(Array.from({ length: 24 }, () => request(app.getHttpServer()).post('/api/loket/reports').send(aReportRequest()).expect(201)));
    const references = answers.map((r) => r.body.reference as string);
    expect(new Set(references).size).toBe(24);
    const numbers = references.map((r) => Number(r.slice(`LKT-${year}-`.length))).sort((a, b) => a - b);
    // The counter ends at the highest reference: drawn and stored, nothing handed out twice.
    const [{ last }] = await app.get(DataSource).query(`SELECT last FROM reference_counters WHERE year = $1`, [year]);
    expect(Number(last)).toBe(numbers[numbers.length - 1]);
    const stored = await app.get(DataSource).query(`SELECT count(*)::int AS n FROM barrier_reports WHERE reference = ANY($1)`, [references]);
    expect(stored).toEqual([{ n: 24 }]);
  });
});
