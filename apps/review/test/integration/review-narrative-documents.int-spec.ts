import type { NestExpressApplication } from '@nestjs/platform-express';
import { createTestApp, createTestDatabase, dropTestDatabase, testEnv, testLogger, waitFor } from '@pb/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ReviewAppModule } from '../../src/app.module';
import { ReviewEnv } from '../../src/config/review.env';
import { reviewMigrations } from '../../src/migrations';
import { loketScenario, strategyVersionEvent } from '../factories/review-scenario.factory';
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

interface ThemeText {
  code: string;
  sentences: { key: string; text: string; figures: { id: string; value: number | null }[] }[];
}

/** A theme's signed-off text in the review's HTML and PDF documents, never a draft (real PostgreSQL and Kafka). */
describe('the signed-off texts in the annual review’s documents', () => {
  let app: NestExpressApplication;
  let db: { name: string; url: string };
  let env: ReviewEnv;
  let revision: number;
  const events = [strategyVersionEvent(), ...loketScenario({ reports: 120, seed: 31, years: [2025, 2026] })];
  const http = () => request(app.getHttpServer());
  const coordinator = () => tokenFor(env, 'coordinator');
  const pdfText = async (lang: 'nl' | 'en') => (await pdfParse((await http().get(`/api/review/years/2026.pdf?lang=${lang}`).buffer(true).parse(binary).expect(200)).body as Buffer)).text.replace(/\s+/g, ' ');
  /** The theme's section of the HTML document. */
  const sectionOf = (html: string, code: string) => {
    const start = html.indexOf(`<section id="theme-${code}-`);
    return html.slice(start, html.indexOf('</section>', start));
  };

  beforeAll(async () => {
    db = await createTestDatabase('review', reviewMigrations);
    env = testEnv(ReviewEnv, { DATABASE_URL: db.url, PUBLIC_BASE_URL: 'https://permanentbeta.example' });
    app = await createTestApp(ReviewAppModule.register({ env, logger: testLogger() }));
    await publishScenario(app, events);
    await waitForProjected(app.get(DataSource), events.length);
    const res = await http().post('/api/review/years/2026/compile').set('Authorization', coordinator()).expect(202);
    const job = await waitFor(async () => (await http().get(res.headers.location).expect(200)).body, (j) => j.status === 'completed' || j.status === 'failed', { what: 'compile job done' });
    revision = job.revision;
  });

  afterAll(async () => {
    await app?.close();
    await dropTestDatabase(db.name);
  });

  it('shows a signed-off text in its theme’s section of the HTML and the PDF, in the document’s language, and never a draft', async () => {
    const drafts: ThemeText[] = (await http().get('/api/review/years/2026/narrative').set('Authorization', coordinator()).expect(200)).body.themes;
    const [signed, draft] = drafts.filter((t) => t.code !== '-' && t.sentences.some((s) => s.key === 'reports' && (s.figures[0].value ?? 0) > 0));
    const path = (code: string) => `/api/review/years/2026/revisions/${revision}/narrative/${code}`;
    const reports = signed.sentences.find((s) => s.key === 'reports')!;
    const signedText = `Ondertekend: ${reports.text}`;
    await http().put(path(signed.code)).set('Authorization', coordinator()).send({ sentences: [{ key: 'reports', text: signedText }] }).expect(204);
    await http().put(path(draft.code)).set('Authorization', coordinator()).send({ sentences: [{ key: 'reports', text: 'Concepttekst die niemand mag zien.' }] }).expect(204);

    // Before the sign-off: the stored documents have neither text.
    const before = await http().get('/api/review/years/2026.html').expect(200);
    expect(before.text).not.toContain('Ondertekend:');
    await http().post(`${path(signed.code)}/sign-off`).set('Authorization', coordinator()).expect(204);

    const html = await http().get('/api/review/years/2026.html').expect(200);
    expect(html.headers.etag).not.toBe(before.headers.etag);
    const section = sectionOf(html.text, signed.code);
    // The sentence with its figures, each a link to the page of its records.
    const [received, previous] = reports.figures;
    expect(section).toContain(
      `<p>${signedText} <span class="figures">(cijfers: <a href="/jaaroverzichten/2026/revisies/${revision}/cijfers/${encodeURIComponent(received.id)}" title="Bekijk de records">${received.value}</a>, <a href="/jaaroverzichten/2026/revisies/${revision}/cijfers/${encodeURIComponent(previous.id)}" title="Bekijk de records">${previous.value}</a>)</span></p>`,
    );
    expect(html.text).not.toContain('Concepttekst die niemand mag zien.');
    expect(sectionOf(html.text, draft.code)).not.toContain('class="narrative"');

    const nl = await pdfText('nl');
    expect(nl).toContain(`${signedText} (cijfers: ${received.value}, ${previous.value})`);
    expect(nl).not.toContain('Concepttekst');
    const rawPdf = ((await http().get('/api/review/years/2026.pdf').buffer(true).parse(binary).expect(200)).body as Buffer).toString('latin1');
    expect(rawPdf).toContain(`/URI (https://permanentbeta.example/jaaroverzichten/2026/revisies/${revision}/cijfers/${encodeURIComponent(received.id)})`);

    // No English text signed off yet: the English documents show the Dutch one, marked and noted.
    const en = await http().get('/api/review/years/2026.html?lang=en').expect(200);
    expect(sectionOf(en.text, signed.code)).toContain(`<p class="note"><em>This text is not (yet) available in English; the Dutch text follows.</em></p>\n<div lang="nl"><p>${signedText}`);
    expect(await pdfText('en')).toContain(`This text is not (yet) available in English; the Dutch text follows. ${signedText}`);

    // The English text signed off: the English documents show it instead.
    await http().post(`${path(signed.code)}/sign-off?lang=en`).set('Authorization', coordinator()).expect(204);
    const english = sectionOf((await http().get('/api/review/years/2026.html?lang=en').expect(200)).text, signed.code);
    expect(english).toMatch(/<div><p>\d+ barriers? (was|were) reported in 2026, /);
    expect(english).not.toContain('Ondertekend:');
    expect(await pdfText('en')).toMatch(new RegExp(`Theme ${signed.code.replace(/\./g, '\\.')} [^]*?\\d+ barriers? (was|were) reported in 2026, [^]*?\\(figures: ${received.value}, ${previous.value}\\)`));
  });
});
