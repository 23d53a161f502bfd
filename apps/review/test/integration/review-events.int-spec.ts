import type { NestExpressApplication } from '@nestjs/platform-express';
import { EventEnvelope, Topics, validateEnvelope } from '@pb/contracts';
import { EventBroker } from '@pb/messaging';
import { createTestApp, createTestDatabase, dropTestDatabase, testEnv, testLogger, waitFor } from '@pb/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ReviewAppModule } from '../../src/app.module';
import { ReviewEnv } from '../../src/config/review.env';
import { reviewMigrations } from '../../src/migrations';
import { loketScenario, strategyVersionEvent } from '../factories/review-scenario.factory';
import { publishScenario, waitForProjected } from '../factories/review-test-kit';
import { tokenFor } from '../factories/tokens';

jest.setTimeout(180_000);

/** Every change of the review is an event, published once through the outbox (issue 12, item 6). */
describe('the review publishes every change as an event, once (real PostgreSQL and Kafka)', () => {
  let app: NestExpressApplication;
  let db: { name: string; url: string };
  let env: ReviewEnv;
  const seen: EventEnvelope<Record<string, unknown>>[] = [];
  const http = () => request(app.getHttpServer());
  const coordinator = () => tokenFor(env, 'coordinator', 'coordinator-events');
  const loket = loketScenario({ reports: 30, seed: 41, years: [2026] });
  const events = [strategyVersionEvent(), ...loket];
  const ofType = (type: string) => seen.filter((e) => e.type === type);
  /** Waits until `n` events of `type` arrived, then a little longer, so one too many would show. */
  const exactly = async (type: string, n: number) => {
    await waitFor(async () => ofType(type).length, (c) => c >= n, { what: `${n} × ${type} on Kafka`, timeoutMs: 30000 });
    await new Promise((r) => setTimeout(r, 1500));
    expect(ofType(type)).toHaveLength(n);
    return ofType(type);
  };

  beforeAll(async () => {
    db = await createTestDatabase('review', reviewMigrations);
    env = testEnv(ReviewEnv, { DATABASE_URL: db.url });
    app = await createTestApp(ReviewAppModule.register({ env, logger: testLogger() }));
    await app.get(EventBroker).subscribe({
      groupId: `test-review-events-${db.name}`,
      topics: [Topics.amendments, Topics.reviews],
      fromBeginning: true,
      onMessage: async (m) => {
        const checked = validateEnvelope(JSON.parse(m.value!.toString()));
        if (checked.ok) seen.push(checked.envelope as EventEnvelope<Record<string, unknown>>);
      },
    });
    await publishScenario(app, events);
    await waitForProjected(app.get(DataSource), events.length);
  });

  afterAll(async () => {
    await app?.close();
    await dropTestDatabase(db.name);
  });

  it('proposing and deciding an amendment: AmendmentProposed and AmendmentDecided, once each, ids and codes only', async () => {
    const original = (loket.find((e) => e.envelope.type === 'loket.BarrierMarkedDuplicate')!.envelope.payload as { originalReportId: string }).originalReportId;
    const summary = 'Handreiking bij artikel 5.1 van de Omgevingswet';
    const { id } = (
      await http().post('/api/review/years/2026/amendments').set('Authorization', coordinator()).send({ kind: 'add-action', themeCode: '2.1.2', text: 'Een handreiking.', summary, evidence: [{ type: 'barrier-cluster', id: original }] }).expect(201)
    ).body;
    const [proposed] = (await exactly('review.AmendmentProposed', 1)).filter((e) => e.aggregateId === id);
    const [reg] = await app.get(DataSource).query(`SELECT regulation_bwb_id AS "bwbId", regulation_article AS article FROM report_facts WHERE report_id = $1`, [original]);
    expect(proposed).toMatchObject({
      version: 1, aggregateId: id, actor: { role: 'coordinator', id: 'coordinator-events' },
      payload: { amendmentId: id, year: 2026, kind: 'add-action', themeCode: '2.1.2', evidence: [{ type: 'barrier-cluster', id: original }] },
    });
    // The text's citation, and the cluster original's regulation when the index identified it.
    const fromEvidence = reg.bwbId ? [{ bwbId: reg.bwbId, ...(reg.article ? { article: reg.article } : {}) }] : [];
    expect(proposed.payload.citedRegulations).toEqual([...fromEvidence, { bwbId: 'BWBR0037885', article: '5.1' }]);
    expect(JSON.stringify(proposed)).not.toContain(summary);

    await http().post(`/api/review/amendments/${id}/decision`).set('Authorization', coordinator()).send({ decision: 'accepted', reason: 'Gedragen door de meldingen.' }).expect(200);
    await http().post(`/api/review/amendments/${id}/decision`).set('Authorization', coordinator()).send({ decision: 'declined', reason: 'Nog eens.' }).expect(409);
    const [decided] = await exactly('review.AmendmentDecided', 1);
    expect(decided).toMatchObject({ aggregateId: id, payload: { amendmentId: id, year: 2026, decision: 'accepted' } });
    expect(JSON.stringify(decided)).not.toContain('Gedragen');
  });

  it('compiling a review: ReviewCompiled once per revision, with the digest of its figures', async () => {
    for (const expected of [1, 2]) {
      const res = await http().post('/api/review/years/2026/compile').set('Authorization', coordinator()).expect(202);
      await waitFor(async () => (await http().get(res.headers.location).expect(200)).body, (j) => j.status === 'completed', { what: `revision ${expected} compiled` });
    }
    const compiled = await exactly('review.ReviewCompiled', 2);
    expect(compiled.map((e) => [e.aggregateId, e.aggregateVersion, e.payload.revision])).toEqual([['review-2026', 1, 1], ['review-2026', 2, 2]]);
    expect(compiled[0].payload).toMatchObject({ year: 2026, strategyVersion: '2018.0', figuresDigest: expect.stringMatching(/^[0-9a-f]{64}$/) });
    // Nothing changed between the two compiles: the same figures, the same digest.
    expect(compiled[1].payload.figuresDigest).toBe(compiled[0].payload.figuresDigest);
    const [{ position }] = await app.get(DataSource).query(`SELECT as_of_position::text AS position FROM reviews WHERE year = 2026 AND revision = 1`);
    expect(compiled[0].payload.asOfPosition).toBe(position);
  });

  it('recording and importing indicator values: one IndicatorValueRecorded per value recorded, none for an unchanged or refused one', async () => {
    const indicators: { id: string; code: string; theme: string; strategyVersion: string }[] = (await http().get('/api/review/indicators').expect(200)).body.items;
    const indicator = indicators.find((i) => i.code === 'ehealth-access-chronically-ill')!;
    const first = (await http().post(`/api/review/indicators/${indicator.id}/values`).set('Authorization', coordinator()).send({ value: 64, period: '2019', source: 'eHealth-monitor 2019', observedOn: '2019-11-20' }).expect(201)).body;
    await http().post(`/api/review/indicators/${indicator.id}/values`).set('Authorization', coordinator()).send({ value: 64, period: '2019-13', source: 'x', observedOn: '2019-11-20' }).expect(422);
    const csv = 'Perioden;Waarde\n2019JJ00;66\n2020JJ00;70\n2021JJ00;.\n';
    const send = () => http().post(`/api/review/indicators/${indicator.id}/values/import?source=StatLine&observedOn=2021-06-01`).set('Authorization', coordinator()).set('Content-Type', 'text/csv').send(csv).expect(200);
    expect((await send()).body).toMatchObject({ recorded: 2, corrected: 1 });
    expect((await send()).body).toMatchObject({ recorded: 0, unchanged: 2 });
    const recorded = await exactly('review.IndicatorValueRecorded', 3);
    expect(recorded[0]).toMatchObject({
      aggregateId: indicator.id,
      payload: { valueId: first.id, indicatorId: indicator.id, indicatorCode: indicator.code, theme: indicator.theme, strategyVersion: indicator.strategyVersion, value: 64, period: '2019', observedOn: '2019-11-20', origin: 'entered', corrects: null },
    });
    const imported = recorded.slice(1).map((e) => e.payload);
    expect(imported.map((p) => [p.period, p.value, p.origin, p.observedOn])).toEqual(expect.arrayContaining([['2019', 66, 'imported', '2021-06-01'], ['2020', 70, 'imported', '2021-06-01']]));
    expect(imported.find((p) => p.period === '2019')!.corrects).toBe(first.id);
    expect(JSON.stringify(recorded)).not.toContain('eHealth-monitor');
  });
});
