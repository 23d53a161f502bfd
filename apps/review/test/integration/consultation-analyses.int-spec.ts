import type { NestExpressApplication } from '@nestjs/platform-express';
import { ConsultationAnalysisSignedOffV1, ProposalPublishedV1 } from '@pb/contracts';
import { createEvent } from '@pb/messaging';
import { createTestApp, createTestDatabase, dropTestDatabase, testEnv, testLogger, waitFor } from '@pb/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ReviewAppModule } from '../../src/app.module';
import { ReviewEnv } from '../../src/config/review.env';
import { reviewMigrations } from '../../src/migrations';
import { ReviewContent } from '../../src/reviews/domain/review-content';
import { consultationScenario, ScenarioEvent, strategyVersionEvent, uuidFrom } from '../factories/review-scenario.factory';
import { publishScenario, waitForProjected } from '../factories/review-test-kit';
import { tokenFor } from '../factories/tokens';

// pdf-parse's index runs a self-test when it has no parent module (as under jest); its lib entry does not.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pdfParse: (data: Buffer) => Promise<{ text: string }> = require('pdf-parse/lib/pdf-parse.js');

jest.setTimeout(120_000);

const binary = (res: request.Response, done: (err: Error | null, body: Buffer) => void): void => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

/** The signed-off consultation analyses in the annual review (real PostgreSQL and Kafka). */
describe('the annual review takes in the signed-off analyses of consultations', () => {
  let app: NestExpressApplication;
  let db: { name: string; url: string };
  let env: ReviewEnv;
  const consultation = consultationScenario({ proposals: 2, responsesPerProposal: 4, seed: 41, year: 2026 });
  const [first, second] = consultation.filter((e) => e.envelope.type === ProposalPublishedV1.type).map((e) => e.envelope.payload as ProposalPublishedV1);
  const responseIds = (n: number) => Array.from({ length: n }, (_, i) => uuidFrom(`analysed-response:${i}`));
  const signOff = (proposalId: string, signedOffAt: string, over: Partial<ConsultationAnalysisSignedOffV1> = {}): ScenarioEvent => {
    const payload: ConsultationAnalysisSignedOffV1 = {
      analysisId: uuidFrom(`analysis:${proposalId}:${signedOffAt}`),
      proposalId,
      responses: 40,
      themes: [
        { themeId: 't1', label: 'Regeldruk', labelSource: 'coordinator', size: 30, responseIds: responseIds(30) },
        { themeId: 't3', label: null, labelSource: 'terms', size: 10, responseIds: responseIds(10) },
      ],
      stances: [{ questionId: 'body', for: 20, against: 10, mixed: 6, unclear: 4 }],
      revisions: 3,
      signedOffAt,
      ...over,
    };
    return { topic: ConsultationAnalysisSignedOffV1.topic, key: proposalId, envelope: createEvent(ConsultationAnalysisSignedOffV1, payload, { aggregateId: proposalId, aggregateVersion: 1, actor: { role: 'coordinator', id: 'coordinator-1' } }) };
  };
  // The first proposal: signed off, the same event delivered twice, then signed off again later (that
  // one counts) — and an earlier sign-off arriving last changes nothing.
  const early = signOff(first.proposalId, '2026-10-01T10:00:00.000Z');
  const later = signOff(first.proposalId, '2026-11-02T10:00:00.000Z', {
    responses: 42,
    themes: [
      { themeId: 't1', label: 'Regeldruk bij vergunningen', labelSource: 'coordinator', size: 25, responseIds: responseIds(25) },
      { themeId: 't2', label: 'Datadeling', labelSource: 'coordinator', size: 15, responseIds: responseIds(15) },
      { themeId: 't4', label: null, labelSource: 'terms', size: 2, responseIds: responseIds(2) },
    ],
    stances: [
      { questionId: 'body', for: 25, against: 10, mixed: 4, unclear: 3 },
      { questionId: 'q-support', for: 30, against: 8, mixed: 0, unclear: 4 },
    ],
  });
  const stale = signOff(first.proposalId, '2026-09-15T10:00:00.000Z', { responses: 7 });
  // The second proposal: signed off in another year, so not in 2026's review.
  const otherYear = signOff(second.proposalId, '2027-01-10T10:00:00.000Z');
  const analyses = [early, early, later, stale, otherYear];
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    db = await createTestDatabase('review', reviewMigrations);
    env = testEnv(ReviewEnv, { DATABASE_URL: db.url, PUBLIC_BASE_URL: 'https://permanentbeta.example' });
    app = await createTestApp(ReviewAppModule.register({ env, logger: testLogger() }));
    const events = [strategyVersionEvent(), ...consultation];
    await publishScenario(app, events);
    await waitForProjected(app.get(DataSource), events.length);
    await publishScenario(app, analyses);
    // The duplicate delivery is one inbox row: four distinct events.
    await waitForProjected(app.get(DataSource), events.length + 4);
  });

  afterAll(async () => {
    await app?.close();
    await dropTestDatabase(db.name);
  });

  it('keeps the latest sign-off per proposal, whatever arrives twice or late', async () => {
    const rows = await app.get(DataSource).query(`SELECT proposal_id, analysis_id, responses, signed_off_at FROM consultation_analyses ORDER BY signed_off_at`);
    expect(rows).toEqual([
      { proposal_id: first.proposalId, analysis_id: (later.envelope.payload as ConsultationAnalysisSignedOffV1).analysisId, responses: 42, signed_off_at: new Date('2026-11-02T10:00:00.000Z') },
      { proposal_id: second.proposalId, analysis_id: (otherYear.envelope.payload as ConsultationAnalysisSignedOffV1).analysisId, responses: 40, signed_off_at: new Date('2027-01-10T10:00:00.000Z') },
    ]);
  });

  it('shows the analysis under its proposal’s theme in the compiled review, its HTML and its PDF, linking to the consultation’s report', async () => {
    const res = await http().post('/api/review/years/2026/compile').set('Authorization', tokenFor(env, 'coordinator')).expect(202);
    await waitFor(async () => (await http().get(res.headers.location).expect(200)).body, (j) => j.status === 'completed' || j.status === 'failed', { what: 'compile job done' });
    const review = (await http().get('/api/review/years/2026').expect(200)).body as ReviewContent;
    const withAnalyses = review.themes.filter((t) => t.consultationAnalyses?.length);
    expect(withAnalyses.map((t) => t.code)).toEqual([first.theme]);
    expect(withAnalyses[0].consultationAnalyses).toEqual([
      {
        proposalId: first.proposalId,
        title: first.title,
        responses: 42,
        themes: [
          { themeId: 't1', label: 'Regeldruk bij vergunningen', size: 25 },
          { themeId: 't2', label: 'Datadeling', size: 15 },
          { themeId: 't4', label: null, size: 2 },
        ],
        stances: [
          { questionId: 'body', for: 25, against: 10, mixed: 4, unclear: 3 },
          { questionId: 'q-support', for: 30, against: 8, mixed: 0, unclear: 4 },
        ],
        signedOffAt: '2026-11-02T10:00:00.000Z',
      },
    ]);

    const html = (await http().get('/api/review/years/2026.html').expect(200)).text;
    const start = html.indexOf(`<section id="theme-${first.theme}-`);
    const section = html.slice(start, html.indexOf('</section>', start));
    expect(section).toContain(
      `<p>Consultatie ‘<a href="/consultaties/${first.proposalId}#verslag">${first.title}</a>’: 42 reacties geanalyseerd in 3 thema&#39;s: Regeldruk bij vergunningen (25), Datadeling (15), thema t4 (2); standpunt per vraag: de reactie zelf: voor 25, tegen 10, gemengd 4, onduidelijk 3; vraag 1: voor 30, tegen 8, gemengd 0, onduidelijk 4.</p>`,
    );
    expect(html).not.toContain('Regeldruk (30)');

    const pdf = (await http().get('/api/review/years/2026.pdf?lang=en').buffer(true).parse(binary).expect(200)).body as Buffer;
    const text = (await pdfParse(pdf)).text.replace(/\s+/g, ' ');
    expect(text).toContain(
      `Consultation ‘${first.title}’: 42 responses analysed in 3 themes: Regeldruk bij vergunningen (25), Datadeling (15), theme t4 (2); stance per question: the response itself: for 25, against 10, mixed 4, unclear 3; question 1: for 30, against 8, mixed 0, unclear 4.`,
    );
    expect(pdf.toString('latin1')).toContain(`/URI (https://permanentbeta.example/consultaties/${first.proposalId}#verslag)`);
  });
});
