import type { NestExpressApplication } from '@nestjs/platform-express';
import { BarrierReopenedV1, BarrierReportedV1, BarrierResolvedV1, BarrierSatisfactionGivenV1, BarrierStatusChangedV1, BarrierTriagedV1 } from '@pb/contracts';
import { createEvent, MessagingLifecycle } from '@pb/messaging';
import { createTestApp, createTestDatabase, dropTestDatabase, testEnv, testLogger } from '@pb/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ReviewAppModule } from '../../src/app.module';
import { ReviewEnv } from '../../src/config/review.env';
import { reviewMigrations } from '../../src/migrations';
import { ProjectionReplayer } from '../../src/projections/application/commands/replay-projections/projection-replayer';
import { ScenarioEvent, strategyVersionEvent, uuidFrom } from '../factories/review-scenario.factory';
import { projectionSnapshot, publishScenario, waitForProjected } from '../factories/review-test-kit';

jest.setTimeout(120_000);

/** One report's life as the loket tells it, with the reporter's verdict on each answer. */
function reportWithVerdicts(seed: string, theme: string, verdicts: boolean[]): ScenarioEvent[] {
  const reportId = uuidFrom(`satisfaction:${seed}`);
  let version = 1;
  const event = <P extends object>(cls: { type: string; version: number; topic: string } & (new () => P), payload: P): ScenarioEvent => ({
    topic: cls.topic,
    key: reportId,
    envelope: createEvent(cls as never, payload, { aggregateId: reportId, aggregateVersion: version++, actor: { role: 'system', id: 'scenario' } }),
  });
  const reported: BarrierReportedV1 = {
    reportId,
    reference: `LKT-2026-${String(900000 + seed.charCodeAt(0)).padStart(6, '0')}`,
    title: `Belemmering ${seed}`,
    regulation: { name: 'Wwft', article: '33', bwbId: 'BWBR0024282' },
    technology: 'cloud',
    sector: 'J',
    companySizeClass: 'small',
    reporterId: uuidFrom(`reporter:${seed}`),
    publishConsent: false,
    reportedAt: '2026-03-02T09:00:00.000Z',
    triageBy: '2026-03-02',
    answerBy: '2026-03-30',
  };
  const events = [
    event(BarrierReportedV1, reported),
    event(BarrierTriagedV1, { reportId, theme, strategyVersion: '2018.0', priority: 'normal', department: 'EZK', handlerId: uuidFrom('handler') } as BarrierTriagedV1),
  ];
  verdicts.forEach((satisfied, i) => {
    const round = i + 1;
    if (round > 1) {
      // Reopened after a "no": back to its handler, answered again.
      events.push(event(BarrierReopenedV1, { reportId, reopenCount: round - 1, answerBy: '2026-05-01' }));
      events.push(event(BarrierStatusChangedV1, { reportId, from: 'resolved', to: 'in_progress' } as BarrierStatusChangedV1));
    }
    events.push(event(BarrierResolvedV1, { reportId, outcome: round === 1 ? 'explained' : 'guidance', handlingWorkingDays: 5 * round, overdue: false, published: false } as BarrierResolvedV1));
    events.push(event(BarrierSatisfactionGivenV1, { reportId, satisfied, outcome: round === 1 ? 'explained' : 'guidance', round } as BarrierSatisfactionGivenV1));
  });
  return events;
}

/** Satisfaction counts each report once, with its latest verdict (real PostgreSQL and Kafka). */
describe('satisfaction in the monitor: the latest verdict per report', () => {
  let app: NestExpressApplication;
  let db: { name: string; url: string };
  const events = [
    strategyVersionEvent(),
    // Under 1.1: "no", reopened, then "yes" → one report, helped.
    ...reportWithVerdicts('a', '1.1', [false, true]),
    // Under 1.1: "yes" at once → one report, helped.
    ...reportWithVerdicts('b', '1.1', [true]),
    // Under 1.2: "no", reopened, "no" again → one report, not helped.
    ...reportWithVerdicts('c', '1.2', [false, false]),
  ];
  const satisfactionOf = async (code: string) => ((await request(app.getHttpServer()).get('/api/review/monitor').expect(200)).body.themes as { code: string; satisfaction: unknown }[]).find((t) => t.code === code)!.satisfaction;

  beforeAll(async () => {
    db = await createTestDatabase('review', reviewMigrations);
    app = await createTestApp(ReviewAppModule.register({ env: testEnv(ReviewEnv, { DATABASE_URL: db.url }), logger: testLogger() }));
    await publishScenario(app, events);
    // BarrierReopened is no event the projections take in; the inbox counts only what they handled.
    await waitForProjected(app.get(DataSource), events.filter((e) => e.envelope.type !== BarrierReopenedV1.type).length);
  });

  afterAll(async () => {
    await app?.close();
    await dropTestDatabase(db.name);
  });

  it('counts a reopened and again judged report once, with its second verdict', async () => {
    // Every verdict is kept (one row per round)…
    const rows = await app.get(DataSource).query(`SELECT round, satisfied FROM report_satisfaction WHERE report_id = $1 ORDER BY round`, [uuidFrom('satisfaction:a')]);
    expect(rows).toEqual([
      { round: 1, satisfied: false },
      { round: 2, satisfied: true },
    ]);
    // …but the figure counts reports, by their latest verdict.
    expect(await satisfactionOf('1.1')).toEqual({ answered: 2, satisfied: 2 });
    expect(await satisfactionOf('1.2')).toEqual({ answered: 1, satisfied: 0 });
    expect(await satisfactionOf('1.3')).toEqual({ answered: 0, satisfied: 0 });
  });

  it('drills down to exactly the reports the figure counts, each with the verdict that counted', async () => {
    const drill = async (code: string) => (await request(app.getHttpServer()).get(`/api/review/monitor/themes/${code}/satisfaction`).expect(200)).body;
    const health = await drill('1.1');
    expect({ answered: health.answered, satisfied: health.satisfied }).toEqual(await satisfactionOf('1.1'));
    expect(health.records.map((r: { reportId: string; round: number; satisfied: boolean; outcome: string }) => [r.reportId, r.round, r.satisfied, r.outcome])).toEqual([
      [uuidFrom('satisfaction:a'), 2, true, 'guidance'],
      [uuidFrom('satisfaction:b'), 1, true, 'explained'],
    ]);
    const other = await drill('1.2');
    expect({ answered: other.answered, satisfied: other.satisfied }).toEqual(await satisfactionOf('1.2'));
    expect(other.records.map((r: { round: number; satisfied: boolean }) => [r.round, r.satisfied])).toEqual([[2, false]]);
    expect((await drill('1.3')).records).toEqual([]);
    const bad = await request(app.getHttpServer()).get('/api/review/monitor/themes/abc/satisfaction').expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['theme']);
  });

  it('gives the same figure after a replay as live', async () => {
    const ds = app.get(DataSource);
    const live = await projectionSnapshot(ds);
    await Promise.all(app.get(MessagingLifecycle).hosts.map((h) => h.stop()));
    await ds.query(`DELETE FROM report_satisfaction`); // damage, so an empty replay could not pass
    await app.get(ProjectionReplayer).replay();
    expect(await projectionSnapshot(ds)).toEqual(live);
    expect(await satisfactionOf('1.1')).toEqual({ answered: 2, satisfied: 2 });
    expect(await satisfactionOf('1.2')).toEqual({ answered: 1, satisfied: 0 });
  });
});
