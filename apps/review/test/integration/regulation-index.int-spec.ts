import type { NestExpressApplication } from '@nestjs/platform-express';
import {
  BarrierMarkedDuplicateV1,
  BarrierReportedV1,
  BarrierReportedV2,
  BarrierReportedV3,
  BarrierResolvedV1,
  IntegrationEventClass,
  ResponseSubmittedV1,
  ResponseSubmittedV2,
} from '@pb/contracts';
import { createTestApp, createTestDatabase, dropTestDatabase, testEnv, testLogger } from '@pb/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ReviewAppModule } from '../../src/app.module';
import { ReviewEnv } from '../../src/config/review.env';
import { reviewMigrations } from '../../src/migrations';
import { ScenarioEvent, strategyVersionEvent, uuidFrom } from '../factories/review-scenario.factory';
import { publishScenario, waitForProjected } from '../factories/review-test-kit';
import { tokenFor } from '../factories/tokens';

jest.setTimeout(120_000);

const WWFT = 'BWBR0024282';
const ATW = 'BWBR0007671';
const AWB = 'BWBR0005537';
/** The AVG/GDPR: an EU regulation without a BWB id, in the index by its CELEX number. */
const AVG = 'EU-32016R0679';
const AVG_TEXT = 'https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32016R0679';

let seq = 0;
function event(cls: IntegrationEventClass, aggregateId: string, payload: object, occurredAt: string): ScenarioEvent {
  seq++;
  return {
    topic: cls.topic,
    key: aggregateId,
    envelope: {
      eventId: uuidFrom(`regulation-index-event:${seq}`),
      type: cls.type,
      version: cls.version,
      occurredAt,
      aggregateId,
      aggregateVersion: seq,
      correlationId: uuidFrom(`regulation-index-corr:${seq}`),
      causationId: null,
      actor: { role: 'system', id: 'test' },
      payload,
    },
  };
}

const reportId = (n: number) => uuidFrom(`regulation-index-report:${n}`);
const reference = (n: number) => `LKT-2025-00020${n}`;

/** A BarrierReported of the given version in the given year, citing `regulation` as that version carries it. */
function reported(cls: IntegrationEventClass, n: number, year: number, regulation: Record<string, string>): ScenarioEvent {
  const reportedAt = `${year}-03-0${n}T10:00:00.000Z`;
  return event(cls, reportId(n), {
    reportId: reportId(n),
    reference: reference(n),
    regulation,
    technology: 'ai',
    sector: 'J',
    companySizeClass: 'small',
    reporterId: uuidFrom(`regulation-index-reporter:${n}`),
    publishConsent: true,
    reportedAt,
    triageBy: `${year}-03-20`,
    answerBy: `${year}-04-20`,
    ...(cls.version === 1 ? { title: `Melding ${n}` } : {}),
  }, reportedAt);
}

function response(cls: typeof ResponseSubmittedV1 | typeof ResponseSubmittedV2, n: number, year: number, cited?: { bwbId: string; article?: string }[]): ScenarioEvent {
  const responseId = uuidFrom(`regulation-index-response:${n}`);
  const submittedAt = `${year}-05-0${n}T10:00:00.000Z`;
  return event(cls, responseId, {
    responseId,
    proposalId: uuidFrom('regulation-index-proposal'),
    theme: '2.1.2',
    respondentId: `rsp-${n}`,
    onBehalfOfOrganisation: false,
    public: n !== 3,
    parentId: null,
    answeredQuestionIds: [],
    status: 'published',
    submittedAt,
    verifiedAt: submittedAt,
    ...(cited ? { citedRegulations: cited } : {}),
  }, submittedAt);
}

describe('the regulation index (real PostgreSQL and Kafka)', () => {
  let app: NestExpressApplication;
  let db: { name: string; url: string };
  let env: ReviewEnv;
  const http = () => request(app.getHttpServer());
  const events = [
    strategyVersionEvent(),
    // 2025: v1 names the law with its article; v2 names it with a typo and gives the article; v3 gives the id.
    reported(BarrierReportedV1, 1, 2025, { name: 'de Wwft, art. 33' }),
    reported(BarrierReportedV2, 2, 2025, { name: 'Arbeidstydenwet', article: '5:3' }),
    reported(BarrierReportedV3, 3, 2025, { bwbId: WWFT, article: '33' }),
    // 2026: a cluster of two (4 is the original), one resolved with an outcome, one report nothing identifies.
    reported(BarrierReportedV3, 4, 2026, { bwbId: WWFT, article: '16' }),
    reported(BarrierReportedV2, 5, 2026, { name: 'Wet ter voorkoming van witwassen en financieren van terrorisme' }),
    reported(BarrierReportedV2, 6, 2026, { name: 'een regeling die niemand kent', article: '12' }),
    event(BarrierMarkedDuplicateV1, reportId(5), { reportId: reportId(5), originalReportId: reportId(4) }, '2026-03-10T10:00:00.000Z'),
    event(BarrierResolvedV1, reportId(4), { reportId: reportId(4), outcome: 'guidance', handlingWorkingDays: 10, overdue: false, published: true }, '2026-04-01T10:00:00.000Z'),
    // Responses: v2 carries what the text cites, v1 nothing.
    response(ResponseSubmittedV2, 1, 2026, [{ bwbId: WWFT, article: '33' }, { bwbId: AWB }]),
    response(ResponseSubmittedV2, 2, 2025, [{ bwbId: WWFT }]),
    response(ResponseSubmittedV2, 3, 2026, [{ bwbId: WWFT, article: '16' }]),
    response(ResponseSubmittedV1, 4, 2026),
    // The AVG, which has no BWB id: named by a v2 report ("AVG art. 6"), given by the loket as its EU id
    // in v3 (then resolved and published: news for its followers), and cited by a response.
    reported(BarrierReportedV2, 7, 2026, { name: 'AVG art. 6' }),
    reported(BarrierReportedV3, 8, 2026, { bwbId: AVG, article: '6' }),
    event(BarrierResolvedV1, reportId(8), { reportId: reportId(8), outcome: 'guidance', handlingWorkingDays: 12, overdue: false, published: true }, '2026-04-02T10:00:00.000Z'),
    response(ResponseSubmittedV2, 5, 2026, [{ bwbId: AVG, article: '35' }]),
  ];

  beforeAll(async () => {
    db = await createTestDatabase('review', reviewMigrations);
    env = testEnv(ReviewEnv, { DATABASE_URL: db.url });
    app = await createTestApp(ReviewAppModule.register({ env, logger: testLogger() }));
    await publishScenario(app, events);
    await waitForProjected(app.get(DataSource), events.length);
  });

  afterAll(async () => {
    await app?.close();
    await dropTestDatabase(db.name);
  });

  it('identifies reports of every version by name or BWB id, keeping the article and never the typed name', async () => {
    const rows: { reference: string; regulation_bwb_id: string | null; regulation_article: string | null; regulation_name: string | null }[] = await app
      .get(DataSource)
      .query(`SELECT reference, regulation_bwb_id, regulation_article, regulation_name FROM report_facts ORDER BY reference`);
    expect(rows).toEqual([
      { reference: reference(1), regulation_bwb_id: WWFT, regulation_article: '33', regulation_name: null },
      { reference: reference(2), regulation_bwb_id: ATW, regulation_article: '5:3', regulation_name: null },
      { reference: reference(3), regulation_bwb_id: WWFT, regulation_article: '33', regulation_name: null },
      { reference: reference(4), regulation_bwb_id: WWFT, regulation_article: '16', regulation_name: null },
      { reference: reference(5), regulation_bwb_id: WWFT, regulation_article: null, regulation_name: null },
      { reference: reference(6), regulation_bwb_id: null, regulation_article: '12', regulation_name: null },
      { reference: reference(7), regulation_bwb_id: AVG, regulation_article: '6', regulation_name: null },
      { reference: reference(8), regulation_bwb_id: AVG, regulation_article: '6', regulation_name: null },
    ]);
  });

  it('proposes an amendment whose evidence and text cite regulations, and indexes them', async () => {
    const res = await http()
      .post('/api/review/years/2026/amendments')
      .set('Authorization', tokenFor(env, 'coordinator'))
      .send({
        kind: 'add-action', themeCode: '2.1.2', text: 'Een handreiking bij artikel 16 van de Wwft.', summary: 'Ook artikel 4:13 Awb; de Wft noemen we zonder artikel.',
        evidence: [{ type: 'barrier-cluster', id: reference(4) }],
      })
      .expect(201);
    const cited: { bwb_id: string; article: string }[] = await app.get(DataSource).query(`SELECT bwb_id, article FROM amendment_citations WHERE amendment_id = $1 ORDER BY bwb_id, article`, [res.body.id]);
    expect(cited).toEqual([{ bwb_id: AWB, article: '4:13' }, { bwb_id: WWFT, article: '16' }]);
  });

  it('lists every regulation cited anywhere, most reported first, named from the index', async () => {
    const { items } = (await http().get('/api/review/regulations').expect(200)).body;
    expect(items).toEqual([
      { bwbId: WWFT, title: 'Wet ter voorkoming van witwassen en financieren van terrorisme', abbreviation: 'Wwft', repealed: null, url: `https://wetten.overheid.nl/${WWFT}`, reports: 4, clusters: 1, responses: 3, amendments: 1, firstYear: 2025, lastYear: 2026 },
      { bwbId: AVG, title: 'Algemene verordening gegevensbescherming', abbreviation: 'AVG', repealed: null, url: AVG_TEXT, reports: 2, clusters: 0, responses: 1, amendments: 0, firstYear: 2026, lastYear: 2026 },
      { bwbId: ATW, title: 'Arbeidstijdenwet', abbreviation: 'ATW', repealed: null, url: `https://wetten.overheid.nl/${ATW}`, reports: 1, clusters: 0, responses: 0, amendments: 0, firstYear: 2025, lastYear: 2025 },
      { bwbId: AWB, title: 'Algemene wet bestuursrecht', abbreviation: 'Awb', repealed: null, url: `https://wetten.overheid.nl/${AWB}`, reports: 0, clusters: 0, responses: 1, amendments: 1, firstYear: 2026, lastYear: 2026 },
    ]);
  });

  it('gives a regulation its figures per year and the records citing it', async () => {
    const body = (await http().get(`/api/review/regulations/${WWFT}`).expect(200)).body;
    expect(body.years).toEqual([
      { year: 2026, reports: 2, clusters: 1, outcomes: { guidance: 1 }, responses: 2, amendments: 1 },
      { year: 2025, reports: 2, clusters: 0, outcomes: {}, responses: 1, amendments: 0 },
    ]);
    expect(body.articles).toEqual([
      { article: '16', reports: 1, responses: 1, amendments: 1 },
      { article: '33', reports: 2, responses: 1, amendments: 0 },
    ]);
    expect(body.reports.map((r: { reference: string }) => r.reference)).toEqual([reference(5), reference(4), reference(3), reference(1)]);
    expect(body.reports[1]).toMatchObject({ reference: reference(4), article: '16', status: 'resolved', outcome: 'guidance', duplicates: 1, published: true });
    expect(body.responses).toEqual([
      { responseId: uuidFrom('regulation-index-response:3'), proposalId: uuidFrom('regulation-index-proposal'), year: 2026, article: '16', visible: false },
      { responseId: uuidFrom('regulation-index-response:1'), proposalId: uuidFrom('regulation-index-proposal'), year: 2026, article: '33', visible: true },
      { responseId: uuidFrom('regulation-index-response:2'), proposalId: uuidFrom('regulation-index-proposal'), year: 2025, article: null, visible: true },
    ]);
    expect(body.amendments).toEqual([expect.objectContaining({ year: 2026, kind: 'add-action', themeCode: '2.1.2', status: 'proposed', article: '16' })]);
  });

  it('indexes the AVG named in a report under its EU id with its article, and answers its page and feed', async () => {
    const body = (await http().get(`/api/review/regulations/${AVG}`).expect(200)).body;
    expect(body).toMatchObject({ bwbId: AVG, title: 'Algemene verordening gegevensbescherming', abbreviation: 'AVG', url: AVG_TEXT });
    expect(body.years).toEqual([{ year: 2026, reports: 2, clusters: 0, outcomes: { guidance: 1 }, responses: 1, amendments: 0 }]);
    expect(body.articles).toEqual([
      { article: '6', reports: 2, responses: 0, amendments: 0 },
      { article: '35', reports: 0, responses: 1, amendments: 0 },
    ]);
    expect(body.reports.map((r: { reference: string; article: string }) => [r.reference, r.article])).toEqual([[reference(8), '6'], [reference(7), '6']]);
    expect(body.responses).toEqual([{ responseId: uuidFrom('regulation-index-response:5'), proposalId: uuidFrom('regulation-index-proposal'), year: 2026, article: '35', visible: true }]);
    // Following the AVG: the topic is its EU id, and the resolved published report is news there.
    const feed = (await http().get(`/api/review/feeds/regulation/${AVG}`).expect(200)).body;
    expect(feed).toMatchObject({ topic: { kind: 'regulation', ref: AVG }, items: [expect.objectContaining({ kind: 'barrier-resolved', subjectRef: reference(8) })] });
    expect((await http().get('/api/review/regulations/BWBR0040940').expect(200)).body).toMatchObject({ title: 'Uitvoeringswet Algemene verordening gegevensbescherming', years: [] });
  });

  it('has a page for a law of the index nothing cites, none for an unknown id, and refuses a malformed one', async () => {
    expect((await http().get('/api/review/regulations/BWBR0037885').expect(200)).body).toMatchObject({ title: 'Omgevingswet', years: [], reports: [] });
    const unknown = await http().get('/api/review/regulations/BWBR9999999').set('Accept-Language', 'en').expect(404);
    expect(unknown.body).toMatchObject({ code: 'REVIEW.REGULATION_NOT_FOUND', detail: 'Regulation BWBR9999999 is cited nowhere and is not in the regulation index.' });
    const bad = await http().get('/api/review/regulations/Wwft').expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'bwbId' })]);
    await http().get('/api/review/regulations/CELEX:32016R0679').expect(400); // EUR-Lex's form is not the index key
    await http().get('/api/review/regulations/EU-32099R9999').expect(404); // well-formed, unknown, cited nowhere
  });
});
