import type { NestExpressApplication } from '@nestjs/platform-express';
import { BarrierEndorsedV1, BarrierSatisfactionGivenV1 } from '@pb/contracts';
import { MessagingLifecycle } from '@pb/messaging';
import { createTestApp, createTestDatabase, dropTestDatabase, testEnv, testLogger } from '@pb/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ReviewAppModule } from '../../src/app.module';
import { ReviewEnv } from '../../src/config/review.env';
import { reviewMigrations } from '../../src/migrations';
import { ProjectionReplayer } from '../../src/projections/application/commands/replay-projections/projection-replayer';
import { projectionScenario } from '../factories/review-scenario.factory';
import { projectionSnapshot, publishScenario, waitForProjected } from '../factories/review-test-kit';

jest.setTimeout(120_000);

describe('review projections: live and replayed (real PostgreSQL and Kafka)', () => {
  let app: NestExpressApplication;
  let db: { name: string; url: string };
  const { events, verdicts, endorsements } = projectionScenario();

  beforeAll(async () => {
    db = await createTestDatabase('review', reviewMigrations);
    app = await createTestApp(ReviewAppModule.register({ env: testEnv(ReviewEnv, { DATABASE_URL: db.url }), logger: testLogger() }));
    await publishScenario(app, events);
    await waitForProjected(app.get(DataSource), events.length);
  });

  afterAll(async () => {
    await app?.close();
    await dropTestDatabase(db.name);
  });

  it('counts in the monitor exactly what the events say, in total and per theme', async () => {
    const res = await request(app.getHttpServer()).get('/api/review/monitor').expect(200);
    const payloads = (type: string) => events.filter((e) => e.envelope.type === type).map((e) => e.envelope.payload as Record<string, string>);
    const resolved = payloads('loket.BarrierResolved').filter((p) => p.outcome !== 'not-admissible');
    const clusters = new Set(payloads('loket.BarrierMarkedDuplicate').map((p) => p.originalReportId));
    // Overdue now: reported, not ended (resolved, rejected or marked duplicate), answer-by day passed.
    const ended = new Set([...payloads('loket.BarrierResolved'), ...payloads('loket.BarrierMarkedDuplicate')].map((p) => p.reportId));
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
    const openPastDeadline = payloads('loket.BarrierReported').filter((p) => !ended.has(p.reportId) && p.answerBy.slice(0, 10) < today);
    expect(openPastDeadline.length).toBeGreaterThan(0);
    expect(res.body.strategyVersion).toBe('2018.0');
    expect(res.body.totals).toMatchObject({
      barrierReports: 240,
      resolvedBarrierReports: resolved.length,
      resolvedLateBarrierReports: payloads('loket.BarrierResolved').filter((p) => (p as unknown as { overdue: boolean }).overdue).length,
      overdueBarrierReports: openPastDeadline.length,
      duplicateClusters: clusters.size,
    });
    const submitted = payloads('consultation.ResponseSubmitted');
    expect(res.body.totals).toMatchObject({
      proposals: payloads('consultation.ProposalPublished').length,
      responses: submitted.length,
      respondents: new Set(submitted.map((p) => p.respondentId)).size,
    });
    const theme = submitted[0].theme;
    expect(res.body.themes.find((t: { code: string }) => t.code === theme)).toMatchObject({
      responses: submitted.filter((p) => p.theme === theme).length,
      respondents: new Set(submitted.filter((p) => p.theme === theme).map((p) => p.respondentId)).size,
    });
    expect(res.body.themes).toHaveLength(24);
    const triaged = payloads('loket.BarrierTriaged').filter((p) => p.theme === '2.1.2').length;
    expect(res.body.themes.find((t: { code: string }) => t.code === '2.1.2')).toMatchObject({ title: 'Innovatievriendelijke en toekomstbestendige wetgeving', barrierReports: triaged });
    const sum = res.body.themes.reduce((n: number, t: { barrierReports: number }) => n + t.barrierReports, 0);
    const unclassified = 240 - payloads('loket.BarrierTriaged').length;
    expect(sum + unclassified).toBe(240);
  });

  it('shows per theme how its reports ended, the median handling time and whether the answers helped, as the events say', async () => {
    const res = await request(app.getHttpServer()).get('/api/review/monitor').expect(200);
    const payloads = (type: string) => events.filter((e) => e.envelope.type === type).map((e) => e.envelope.payload as Record<string, unknown>);
    // A report's theme is its last triage's.
    const themeOf = new Map(payloads('loket.BarrierTriaged').map((p) => [p.reportId as string, p.theme as string]));
    const resolved = payloads('loket.BarrierResolved').filter((p) => themeOf.get(p.reportId as string) === '2.1.2');
    expect(resolved.length).toBeGreaterThan(2);
    const counts = new Map<string, number>();
    for (const p of resolved) counts.set(p.outcome as string, (counts.get(p.outcome as string) ?? 0) + 1);
    const days = resolved.map((p) => p.handlingWorkingDays as number).sort((a, b) => a - b);
    const theme = res.body.themes.find((t: { code: string }) => t.code === '2.1.2');
    expect(Object.fromEntries(theme.outcomes.map((o: { outcome: string; count: number }) => [o.outcome, o.count]))).toEqual(Object.fromEntries(counts));
    // Most frequent first.
    expect(theme.outcomes.map((o: { count: number }) => o.count)).toEqual([...counts.values()].sort((a, b) => b - a));
    expect(theme.medianHandlingWorkingDays).toBe(days[Math.ceil(days.length / 2) - 1]);
    // Whether the answers helped, as the reporters said.
    const judged = verdicts.map((v) => v.envelope.payload as BarrierSatisfactionGivenV1).filter((v) => themeOf.get(v.reportId) === '2.1.2');
    expect(theme.satisfaction).toEqual({ answered: judged.length, satisfied: judged.filter((v) => v.satisfied).length });
    // And for every theme, some of which had an answer that did not help.
    const all = verdicts.map((v) => v.envelope.payload as BarrierSatisfactionGivenV1);
    const per = (res.body.themes as { code: string; satisfaction: { answered: number; satisfied: number } }[]).map((t) => {
      const under = all.filter((v) => themeOf.get(v.reportId) === t.code);
      return [t.code, t.satisfaction, { answered: under.length, satisfied: under.filter((v) => v.satisfied).length }];
    });
    for (const [code, got, want] of per) expect([code, got]).toEqual([code, want]);
    // The companies that said "mine too", per theme, without the ones that took it back.
    const gone = new Set(endorsements.filter((e) => e.envelope.type === 'loket.BarrierEndorsementWithdrawn').map((e) => (e.envelope.payload as BarrierEndorsedV1).endorsementId));
    const standing = endorsements.filter((e) => e.envelope.type === 'loket.BarrierEndorsed' && !gone.has((e.envelope.payload as BarrierEndorsedV1).endorsementId));
    expect(gone.size).toBeGreaterThan(0);
    expect(res.body.totals.endorsements).toBe(standing.length);
    for (const t of res.body.themes as { code: string; endorsements: number }[]) {
      expect([t.code, t.endorsements]).toEqual([t.code, standing.filter((e) => themeOf.get(e.key) === t.code).length]);
    }
    expect(per.some(([, got]) => typeof got !== 'string' && got.satisfied < got.answered)).toBe(true);
    // Every theme: its outcomes add up to the reports resolved under it; no resolution, no median.
    for (const t of res.body.themes as { code: string; outcomes: { count: number }[]; medianHandlingWorkingDays: number | null }[]) {
      const under = payloads('loket.BarrierResolved').filter((p) => themeOf.get(p.reportId as string) === t.code);
      expect([t.code, t.outcomes.reduce((n, o) => n + o.count, 0)]).toEqual([t.code, under.length]);
      if (!under.length) expect(t.medianHandlingWorkingDays).toBeNull();
    }
  });

  it('rebuilds exactly the same projections by replaying the topics with a fresh consumer group', async () => {
    const ds = app.get(DataSource);
    const live = await projectionSnapshot(ds);
    // The replay command runs without the live consumers; stop them as the command's process would not start them.
    await Promise.all(app.get(MessagingLifecycle).hosts.map((h) => h.stop()));
    await ds.query(`UPDATE figure_counters SET value = value + 1000`); // damage, so an empty replay could not pass
    const result = await app.get(ProjectionReplayer).replay();
    expect(result.events).toBe(events.length);
    expect(result.writer).toBe('bulk');
    expect(result.groupId).toMatch(/^review\.projections\.replay-\d+$/);
    expect(await projectionSnapshot(ds)).toEqual(live);
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM inbox_messages WHERE consumer = 'review.projections'`);
    expect(n).toBe(events.length);
  });

  it('rebuilds the same projections with two readers, a second process in the same consumer group', async () => {
    const ds = app.get(DataSource);
    const live = await projectionSnapshot(ds);
    await Promise.all(app.get(MessagingLifecycle).hosts.map((h) => h.stop()));
    await ds.query(`UPDATE figure_counters SET value = value + 1000`);
    const result = await app.get(ProjectionReplayer).replay({ readers: 2 });
    expect(result.events).toBe(events.length);
    expect(result.writer).toBe('consumers');
    // Both read: Kafka gave each member its share of the partitions, and each event was applied once.
    expect(result.perReader).toHaveLength(2);
    expect(result.perReader.every((n) => n > 0)).toBe(true);
    expect(result.perReader[0] + result.perReader[1]).toBe(events.length);
    expect(await projectionSnapshot(ds)).toEqual(live);
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM inbox_messages WHERE consumer = 'review.projections'`);
    expect(n).toBe(events.length);
  });
});
