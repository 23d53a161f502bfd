import type { NestExpressApplication } from '@nestjs/platform-express';
import { BarrierMarkedDuplicateV1, BarrierReportedV3, BarrierTriagedV1 } from '@pb/contracts';
import { createEvent } from '@pb/messaging';
import { createTestApp, createTestDatabase, dropTestDatabase, testEnv, testLogger, waitFor } from '@pb/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ReviewAppModule } from '../../src/app.module';
import { ReviewEnv } from '../../src/config/review.env';
import { reviewMigrations } from '../../src/migrations';
import type { ReviewContent } from '../../src/reviews/domain/review-content';
import { ScenarioEvent, strategyVersionEvent, uuidFrom } from '../factories/review-scenario.factory';
import { publishScenario, waitForProjected } from '../factories/review-test-kit';
import { tokenFor } from '../factories/tokens';

// pdf-parse's index runs a self-test when it has no parent module (as under jest); its lib entry does not.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const parse: (data: Uint8Array) => Promise<{ text: string }> = require('pdf-parse/lib/pdf-parse.js');
// Its pdf.js (1.10) misreads some valid PDFs handed over as a Node Buffer ("bad XRef entry").
const pdfParse = (data: Buffer) => parse(new Uint8Array(data));

jest.setTimeout(120_000);

const WWFT = 'BWBR0024282';
const ATW = 'BWBR0007671';
const AWB = 'BWBR0005537';
const THEME = '2.1.2';

const binary = (res: request.Response, done: (err: Error | null, body: Buffer) => void): void => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

const reportId = (n: number) => uuidFrom(`by-clusters-report:${n}`);
const reference = (n: number) => `LKT-2026-00030${n}`;
const actor = { role: 'system' as const, id: 'test' };
const on = <P extends object>(cls: { topic: string; type: string; version: number }, n: number, version: number, payload: P): ScenarioEvent => ({
  topic: cls.topic,
  key: reportId(n),
  envelope: createEvent(cls as never, payload, { aggregateId: reportId(n), aggregateVersion: version, actor }),
});

/** Report n of 2026, citing `regulation`, triaged under the theme; a duplicate of `original` when given. */
function report(n: number, regulation: { bwbId?: string; name?: string; article?: string }, original?: number): ScenarioEvent[] {
  const reportedAt = `2026-03-0${n}T10:00:00.000Z`;
  const events = [
    on(BarrierReportedV3, n, 1, {
      reportId: reportId(n), reference: reference(n), regulation, technology: 'ai', sector: 'J', companySizeClass: 'small',
      reporterId: uuidFrom(`by-clusters-reporter:${n}`), publishConsent: true, reportedAt, triageBy: '2026-03-20', answerBy: '2026-04-20',
    }),
    on(BarrierTriagedV1, n, 2, { reportId: reportId(n), theme: THEME, strategyVersion: '2018.0', priority: 'normal', department: 'BZK', handlerId: uuidFrom('by-clusters-handler') }),
  ];
  if (original) events.push(on(BarrierMarkedDuplicateV1, n, 3, { reportId: reportId(n), originalReportId: reportId(original) }));
  return events;
}

/** The regulations ranked by barrier clusters, compiled into the review and its stored documents (real PostgreSQL and Kafka). */
describe('annual review: the regulations ranked by barrier clusters, with the amendments citing them, and the article the citations agree on', () => {
  let app: NestExpressApplication;
  let db: { name: string; url: string };
  let env: ReviewEnv;
  const http = () => request(app.getHttpServer());
  // Theme 2.1.2 in 2026: two clusters citing the Wwft (every report art. 33), one the Arbeidstijdenwet
  // (two articles), one whose regulation nothing identified; a report on the Awb has no duplicate (no cluster).
  const events = [
    strategyVersionEvent(),
    ...report(1, { bwbId: WWFT, article: '33' }),
    ...report(2, { bwbId: WWFT, article: '33' }, 1),
    ...report(3, { bwbId: WWFT, article: '33' }),
    ...report(4, { bwbId: WWFT, article: '33' }, 3),
    ...report(5, { bwbId: ATW, article: '5:3' }),
    ...report(6, { bwbId: ATW, article: '5:4' }, 5),
    ...report(7, { bwbId: AWB }),
    ...report(8, { name: 'een regeling die niemand kent' }),
    ...report(9, { name: 'een regeling die niemand kent' }, 8),
  ];

  beforeAll(async () => {
    db = await createTestDatabase('review', reviewMigrations);
    env = testEnv(ReviewEnv, { DATABASE_URL: db.url, PUBLIC_BASE_URL: 'https://permanentbeta.example' });
    app = await createTestApp(ReviewAppModule.register({ env, logger: testLogger() }));
    await publishScenario(app, events);
    await waitForProjected(app.get(DataSource), events.length);
  });

  afterAll(async () => {
    await app?.close();
    await dropTestDatabase(db.name);
  });

  it('ranks them by clusters in the JSON, HTML and PDF, the amendment on the Arbeidstijdenwet cluster as its evidence, each regulation linked to its page; the article the citations agree on; the reports per month of the year; indicators against their targets', async () => {
    // An amendment whose evidence is the Arbeidstijdenwet cluster: it cites that regulation.
    const amendment = await http()
      .post('/api/review/years/2026/amendments')
      .set('Authorization', tokenFor(env, 'coordinator'))
      .send({ kind: 'add-action', themeCode: THEME, text: 'Een handreiking voor roosters.', summary: 'Roosters zonder papierwerk', evidence: [{ type: 'barrier-cluster', id: reference(5) }] })
      .expect(201);

    // Values of an indicator of theme 1.5: one corrected, one of a later year (not in 2026's review).
    const { items } = (await http().get('/api/review/indicators').expect(200)).body;
    const indicator = items.find((i: { code: string }) => i.code === 'ehealth-access-chronically-ill');
    const record = (body: object) => http().post(`/api/review/indicators/${indicator.id}/values`).set('Authorization', tokenFor(env, 'coordinator')).send(body).expect(201);
    const first = await record({ value: 64, period: '2019', source: 'eHealth-monitor 2019', observedOn: '2019-11-20' });
    await record({ value: 66, period: '2019', source: 'eHealth-monitor 2019, herzien', observedOn: '2020-01-15', corrects: first.body.id, reason: 'herziene cijfers' });
    await record({ value: 71.5, period: '2026', source: 'eHealth-monitor 2026', observedOn: '2026-06-01' });
    await record({ value: 90, period: '2027', source: 'eHealth-monitor 2027', observedOn: '2026-07-01' });

    const compiled = await http().post('/api/review/years/2026/compile').set('Authorization', tokenFor(env, 'coordinator')).expect(202);
    const job = await waitFor(async () => (await http().get(compiled.headers.location).expect(200)).body, (j) => j.status === 'completed' || j.status === 'failed', { what: 'compile job done' });
    expect(job.status).toBe('completed');
    const review: ReviewContent = (await http().get(`/api/review/years/2026?revision=${job.revision}`).expect(200)).body;
    const theme = review.themes.find((t) => t.code === THEME)!;
    // Two Wwft clusters first; one cluster each after it in code order ("-" before a BWB id); the Awb has none.
    expect(theme.regulationsByClusters!.map((r) => [r.bwbId, r.clusters.value, r.amendments])).toEqual([
      [WWFT, 2, []],
      ['-', 1, []],
      [ATW, 1, [amendment.body.id]],
    ]);

    // The most-cited regulations name the article where every citing report agrees on one, and so does the drafted text.
    expect(theme.regulations.map((r) => [r.value, r.figure.value, r.article])).toEqual([[WWFT, 4, '33'], ['-', 2, undefined], [ATW, 2, undefined], [AWB, 1, undefined]]);
    const drafts = (await http().get('/api/review/years/2026/narrative').set('Authorization', tokenFor(env, 'coordinator')).expect(200)).body;
    const sentence = drafts.themes.find((t: { code: string }) => t.code === THEME).sentences.find((x: { key: string }) => x.key === 'regulations');
    expect(sentence.text).toBe('Meest aangehaalde regelgeving: Wwft art. 33 (4), ATW (2) en Awb (1).');

    // The indicator's current values up to the year, with its target; themes without values carry none.
    expect(review.themes.find((t) => t.code === '1.5')!.indicators).toEqual([
      {
        code: 'ehealth-access-chronically-ill',
        definition: { nl: 'Aandeel chronisch zieken met directe toegang tot hun eigen medische gegevens', en: 'Share of the chronically ill with direct access to their own medical data' },
        unit: '%',
        target: { value: 80, year: 2019, comparison: 'at-least' },
        values: [{ period: '2019', value: 66 }, { period: '2026', value: 71.5 }],
      },
    ]);
    expect(theme.indicators).toEqual([]);

    // The year's trend: all nine reports came in in March.
    expect(review.reportsPerMonth).toHaveLength(12);
    expect(review.reportsPerMonth!.filter((m) => m.reports > 0)).toEqual([{ month: '2026-03', reports: 9 }]);

    const html = (await http().get('/api/review/years/2026.html').expect(200)).text;
    expect(html).toContain('<caption class="utrecht-table__caption">Meldingen per maand in 2026</caption>');
    expect(html).toContain('<figcaption>In 2026 kwamen 9 meldingen binnen. De meeste in maart: 9.</figcaption>');
    expect(html).toContain('<caption class="utrecht-table__caption">1.5 Digitalisering laten werken voor kwaliteit van leven: Aandeel chronisch zieken met directe toegang tot hun eigen medische gegevens</caption>');
    expect(html).toContain('<figcaption>Van 66% in 2019 naar 71,5% in 2026. Doel: ten minste 80% in 2019.</figcaption>');
    const start = html.indexOf(`<section id="theme-${THEME}-2018.0"`);
    const section = html.slice(start, html.indexOf('</section>', start));
    const rows = [...section.matchAll(/<table class="by-clusters">[\s\S]*?<\/table>/g)].map((m) => [...m[0].matchAll(/<tr><th scope="row">([\s\S]*?)<\/th><td>[\s\S]*?>(\d+)<\/a><\/td><td>[\s\S]*?>(\d+)<\/a><\/td><td class="text">([\s\S]*?)<\/td><\/tr>/g)].map((r) => r.slice(1)));
    expect(rows).toEqual([
      [
        [`<a href="/regelgeving/${WWFT}">Wet ter voorkoming van witwassen en financieren van terrorisme (${WWFT})</a>`, '2', '4', '—'],
        ['Onbekend / niet herkend', '1', '2', '—'],
        [`<a href="/regelgeving/${ATW}">Arbeidstijdenwet (${ATW})</a>`, '1', '2', 'Actie toevoegen: Roosters zonder papierwerk (Voorgesteld)'],
      ],
    ]);

    const pdf = (await http().get('/api/review/years/2026.pdf?lang=en').buffer(true).parse(binary).expect(200)).body as Buffer;
    expect(pdf.toString('latin1')).toContain(`/URI (https://permanentbeta.example/regelgeving/${ATW})`);
    const text = (await pdfParse(pdf)).text.replace(/\s+/g, ' ');
    expect(text).toContain(
      `Regulations by clusters of barriers Wet ter voorkoming van witwassen en financieren van terrorisme (${WWFT}): Clusters 2, Reports 4; Amendments on this evidence: — Unknown / not identified: Clusters 1, Reports 2; Amendments on this evidence: — Arbeidstijdenwet (${ATW}): Clusters 1, Reports 2; Amendments on this evidence: Add an action: Roosters zonder papierwerk (Proposed)`,
    );
  });
});
