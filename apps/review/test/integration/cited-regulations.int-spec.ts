import type { NestExpressApplication } from '@nestjs/platform-express';
import { BarrierReportedV1, BarrierReportedV2, BarrierReportedV3, IntegrationEventClass } from '@pb/contracts';
import { createTestApp, createTestDatabase, dropTestDatabase, testEnv, testLogger } from '@pb/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ReviewAppModule } from '../../src/app.module';
import { ReviewEnv } from '../../src/config/review.env';
import { reviewMigrations } from '../../src/migrations';
import { ScenarioEvent, uuidFrom } from '../factories/review-scenario.factory';
import { publishScenario, waitForProjected } from '../factories/review-test-kit';

jest.setTimeout(120_000);

/** One BarrierReported of the given version: the fields every version shares, and `regulation`. */
function reported(cls: IntegrationEventClass, n: number, regulation: Record<string, string>, extra: Record<string, string> = {}): ScenarioEvent {
  const reportId = uuidFrom(`cited-regulation:${n}`);
  const reportedAt = `2026-03-0${n}T10:00:00.000Z`;
  return {
    topic: cls.topic,
    key: reportId,
    envelope: {
      eventId: uuidFrom(`cited-regulation-event:${n}`),
      type: cls.type,
      version: cls.version,
      occurredAt: reportedAt,
      aggregateId: reportId,
      aggregateVersion: 1,
      correlationId: uuidFrom(`cited-regulation-corr:${n}`),
      causationId: null,
      actor: { role: 'reporter', id: uuidFrom(`cited-regulation-reporter:${n}`) },
      payload: {
        reportId,
        reference: `LKT-2026-00010${n}`,
        regulation,
        technology: 'ai',
        sector: 'J',
        companySizeClass: 'small',
        reporterId: uuidFrom(`cited-regulation-reporter:${n}`),
        publishConsent: false,
        reportedAt,
        triageBy: '2026-03-10',
        answerBy: '2026-04-10',
        ...extra,
      },
    },
  };
}

describe('the most-cited regulations from BarrierReported v1, v2 and v3 (real PostgreSQL and Kafka)', () => {
  let app: NestExpressApplication;
  let db: { name: string; url: string };
  const events = [
    // v1/v2 carried the typed name: the review identifies it with the regulation index.
    reported(BarrierReportedV1, 1, { name: 'de Wwft, art. 33' }, { title: 'Melding 1' }),
    reported(BarrierReportedV2, 2, { name: 'Arbeidstydenwet', article: '5:3' }),
    reported(BarrierReportedV2, 3, { name: 'een regeling die niemand kent' }),
    // v3 carries the identifier only, or none.
    reported(BarrierReportedV3, 4, { bwbId: 'BWBR0024282', article: '33' }),
    reported(BarrierReportedV3, 5, { article: '12' }),
    // A given id wins over the name, also in v1.
    reported(BarrierReportedV1, 6, { name: 'Wwft', bwbId: 'BWBR0007671' }, { title: 'Melding 6' }),
  ];

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

  it('counts each report under the BWB id of its regulation, or "-" when nothing identified it', async () => {
    const counters: { dimension: string; value: number }[] = await app
      .get(DataSource)
      .query(`SELECT dimension, sum(value)::int AS value FROM figure_counters WHERE metric = 'regulation' AND year = 2026 GROUP BY dimension ORDER BY dimension`);
    expect(counters).toEqual([
      { dimension: '-', value: 2 },
      { dimension: 'BWBR0007671', value: 2 },
      { dimension: 'BWBR0024282', value: 2 },
    ]);
  });

  it('ranks the same regulations in the monitor’s trends, and counts the reports per Dutch month and year', async () => {
    const trends = (await request(app.getHttpServer()).get('/api/review/monitor/trends').expect(200)).body;
    expect(trends.regulations).toEqual([
      { bwbId: 'BWBR0007671', reported: 2 },
      { bwbId: 'BWBR0024282', reported: 2 },
    ]);
    expect(trends.years.find((y: { year: number }) => y.year === 2026)).toMatchObject({ year: 2026, reported: 6, resolved: 0 });
    // The months are the last 24 up to today: March 2026 lies in them until March 2028.
    expect(trends.months).toHaveLength(24);
    expect(trends.months.find((m: { month: string }) => m.month === '2026-03')).toEqual({ month: '2026-03', reported: 6, resolved: 0, responses: 0 });
  });

  it('keeps no typed regulation name in the review', async () => {
    const rows: { regulation_name: string | null }[] = await app.get(DataSource).query(`SELECT regulation_name FROM report_facts`);
    expect(rows).toHaveLength(events.length);
    expect(rows.filter((r) => r.regulation_name !== null)).toEqual([]);
  });
});
