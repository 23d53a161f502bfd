import type { NestExpressApplication } from '@nestjs/platform-express';
import { BarrierEndorsedV1, BarrierEndorsementWithdrawnV1, BarrierTriagedV1, EventEnvelope, IntegrationEventClass } from '@pb/contracts';
import { createEvent } from '@pb/messaging';
import { createTestApp, createTestDatabase, dropTestDatabase, testEnv, testLogger, waitFor } from '@pb/testing';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ReviewAppModule } from '../../src/app.module';
import { ReviewEnv } from '../../src/config/review.env';
import { reviewMigrations } from '../../src/migrations';
import { ReviewContent } from '../../src/reviews/domain/review-content';
import { loketScenario, ScenarioEvent, strategyVersionEvent } from '../factories/review-scenario.factory';
import { publishScenario, waitForProjected } from '../factories/review-test-kit';
import { tokenFor } from '../factories/tokens';

jest.setTimeout(120_000);

/** "This is my barrier too" in the monitor and the annual review (issue 10, item 7), from the loket's events. */
describe('endorsements counted per theme (real PostgreSQL and Kafka)', () => {
  let app: NestExpressApplication;
  let db: { name: string; url: string };
  let env: ReviewEnv;
  const http = () => request(app.getHttpServer());
  const loket = loketScenario({ reports: 30, seed: 23, years: [2026] });
  const scenario = [strategyVersionEvent(), ...loket];
  let published = 0;
  /** Publishes and waits until the projection took in every distinct event so far (a redelivered one adds no inbox row). */
  const deliver = async (events: ScenarioEvent[], distinct = events.length) => {
    await publishScenario(app, events);
    published += distinct;
    await waitForProjected(app.get(DataSource), published);
  };
  const triaged = loket.filter((e) => e.envelope.type === 'loket.BarrierTriaged').map((e) => e.envelope.payload as BarrierTriagedV1);
  const [first, other] = [triaged[0], triaged.find((t) => t.theme !== triaged[0].theme)!];
  const event = <P extends object>(cls: IntegrationEventClass<P>, payload: P & { reportId: string }, occurredAt = '2026-06-01T10:00:00.000Z'): ScenarioEvent => ({
    topic: cls.topic,
    key: payload.reportId,
    envelope: createEvent(cls, payload, { aggregateId: payload.reportId, aggregateVersion: 60, actor: { role: 'reporter', id: randomUUID() }, occurredAt: new Date(occurredAt) }) as EventEnvelope<object>,
  });
  const endorsed = (endorsementId: string, reportId: string) => event(BarrierEndorsedV1, { endorsementId, reportId });
  const withdrawn = (endorsementId: string, reportId: string) => event(BarrierEndorsementWithdrawnV1, { endorsementId, reportId });
  const monitor = async () => (await http().get('/api/review/monitor').expect(200)).body as { totals: { endorsements: number }; themes: { code: string; endorsements: number }[] };
  const ofTheme = (m: Awaited<ReturnType<typeof monitor>>, code: string) => m.themes.find((t) => t.code === code)!.endorsements;

  async function compile(year: number): Promise<ReviewContent> {
    const res = await http().post(`/api/review/years/${year}/compile`).set('Authorization', tokenFor(env, 'coordinator')).expect(202);
    const job = await waitFor(async () => (await http().get(res.headers.location).expect(200)).body, (j) => j.status === 'completed' || j.status === 'failed', { what: 'compile job done' });
    expect(job.status).toBe('completed');
    return (await http().get(`/api/review/years/${year}?revision=${job.revision}`).expect(200)).body;
  }

  beforeAll(async () => {
    db = await createTestDatabase('review', reviewMigrations);
    env = testEnv(ReviewEnv, { DATABASE_URL: db.url });
    app = await createTestApp(ReviewAppModule.register({ env, logger: testLogger() }));
    await deliver(scenario);
  });

  afterAll(async () => {
    await app?.close();
    await dropTestDatabase(db.name);
  });

  const [e1, e2, e3, e4] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];

  it('counts an endorsement under its report’s theme, a redelivered one once, in the monitor and the annual review with a drill-down', async () => {
    expect(first).toBeDefined();
    expect(other).toBeDefined();
    const before = await monitor();
    expect(before.totals.endorsements).toBe(0);
    const one = endorsed(e1, first.reportId);
    // The same envelope twice (a redelivery), then one more on the same partition: once the last is in, the redelivery was handled.
    await deliver([one, one, endorsed(e2, first.reportId), endorsed(e3, other.reportId)], 3);
    const after = await monitor();
    expect(ofTheme(after, first.theme)).toBe(2);
    expect(ofTheme(after, other.theme)).toBe(1);
    expect(after.totals.endorsements).toBe(3);

    const review = await compile(2026);
    const theme = review.themes.find((t) => t.code === first.theme)!;
    expect(theme.reports.endorsements!.value).toBe(2);
    expect(review.totals.endorsements!.value).toBe(3);
    const drill = (await http().get(theme.reports.endorsements!.drillDown).expect(200)).body;
    expect(drill.total).toBe(2);
    const reference = loket.find((e) => e.envelope.type === 'loket.BarrierReported' && e.key === first.reportId)!.envelope.payload as { reference: string };
    expect(drill.items.map((r: { id: string }) => r.id).sort()).toEqual([e1, e2].sort());
    for (const item of drill.items) expect(item).toMatchObject({ type: 'endorsement', reportId: first.reportId, reference: reference.reference, theme: first.theme, published: expect.any(Boolean) });
  });

  it('uncounts a withdrawn endorsement once, also when its withdrawal or its endorsement is delivered again', async () => {
    const back = withdrawn(e1, first.reportId);
    await deliver([back, back, endorsed(e1, first.reportId), endorsed(e4, other.reportId)], 3);
    const m = await monitor();
    expect(ofTheme(m, first.theme)).toBe(1);
    expect(ofTheme(m, other.theme)).toBe(2);
    expect(m.totals.endorsements).toBe(3);
    const review = await compile(2026);
    const drill = (await http().get(review.themes.find((t) => t.code === first.theme)!.reports.endorsements!.drillDown).expect(200)).body;
    expect(drill.items.map((r: { id: string }) => r.id)).toEqual([e2]);
  });

  it('never counts an endorsement whose withdrawal arrived first', async () => {
    const late = randomUUID();
    await deliver([withdrawn(late, other.reportId), endorsed(late, other.reportId)]);
    expect(ofTheme(await monitor(), other.theme)).toBe(2);
  });

  it('moves a report’s endorsements with it when it is triaged under another theme', async () => {
    const retriage = event(BarrierTriagedV1, { ...first, theme: other.theme });
    await deliver([retriage]);
    const m = await monitor();
    expect(ofTheme(m, first.theme)).toBe(0);
    expect(ofTheme(m, other.theme)).toBe(3);
    expect(m.totals.endorsements).toBe(3);
  });
});
