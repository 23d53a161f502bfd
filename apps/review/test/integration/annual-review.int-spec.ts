import type { NestExpressApplication } from '@nestjs/platform-express';
import { createTestApp, createTestDatabase, dropTestDatabase, testEnv, testLogger, waitFor } from '@pb/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ReviewAppModule } from '../../src/app.module';
import { ReviewEnv } from '../../src/config/review.env';
import { reviewMigrations } from '../../src/migrations';
import { ReviewJobRunner } from '../../src/reviews/application/commands/compile-review/review-job.runner';
import { ReviewDocumentRenderer } from '../../src/reviews/infrastructure/rendering/review-document.renderer';
import { ReviewContent } from '../../src/reviews/domain/review-content';
import { loketScenario, strategyVersionEvent, uuidFrom } from '../factories/review-scenario.factory';
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

/** The figures of a review without what differs between revisions by design (revision number, time, links). */
const figuresOf = (r: ReviewContent) =>
  JSON.parse(JSON.stringify({ totals: r.totals, themes: r.themes, asOf: r.asOfPosition }), (key, value) => (key === 'drillDown' ? undefined : value));

describe('annual review: compile, drill down, PDF (real PostgreSQL and Kafka)', () => {
  let app: NestExpressApplication;
  let db: { name: string; url: string };
  let env: ReviewEnv;
  const events = [strategyVersionEvent(), ...loketScenario({ reports: 300, seed: 11, years: [2025, 2026] })];
  const http = () => request(app.getHttpServer());

  async function compile(year: number): Promise<ReviewContent> {
    const res = await http().post(`/api/review/years/${year}/compile`).set('Authorization', tokenFor(env, 'coordinator')).expect(202);
    expect(res.headers.location).toBe(`/api/review/jobs/${res.body.id}`);
    const job = await waitFor(async () => (await http().get(res.headers.location).expect(200)).body, (j) => j.status === 'completed' || j.status === 'failed', { what: 'compile job done' });
    expect(job).toMatchObject({ status: 'completed', progress: { percent: 100 } });
    return (await http().get(`/api/review/years/${year}?revision=${job.revision}`).expect(200)).body;
  }

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

  it('lets only coordinators compile', async () => {
    await http().post('/api/review/years/2026/compile').expect(401);
    await http().post('/api/review/years/2026/compile').set('Authorization', tokenFor(env, 'official')).expect(403);
    const bad = await http().post('/api/review/years/twenty/compile').set('Authorization', tokenFor(env, 'coordinator')).expect(400);
    expect(bad.body.errors).toEqual([{ field: 'year', message: expect.any(String) }]);
  });

  it('compiles the same figures twice, as two immutable revisions', async () => {
    const first = await compile(2026);
    const second = await compile(2026);
    expect(second.revision).toBe(first.revision + 1);
    expect(figuresOf(second)).toEqual(figuresOf(first));
    const reported2026 = events.filter((e) => e.envelope.type === 'loket.BarrierReported' && (e.envelope.payload as { reportedAt: string }).reportedAt.startsWith('2026')).length;
    expect(first.totals.barrierReports.value).toBe(reported2026);
    expect(first.totals.barrierReportsPreviousYear.value).toBe(300 - reported2026);
    expect(first.themes.filter((t) => t.version === '2018.0')).toHaveLength(24);
    await expect(app.get(DataSource).query(`UPDATE reviews SET compiled_at = now() WHERE year = 2026`)).rejects.toThrow(/immutable/);
    const list = await http().get('/api/review/years/2026/revisions').expect(200);
    expect(list.body.items.map((r: { revision: number }) => r.revision)).toEqual([first.revision, second.revision]);
    expect(list.body.next).toBeNull();
    const one = (await http().get('/api/review/years/2026/revisions?limit=1').expect(200)).body;
    expect(one.items.map((r: { revision: number }) => r.revision)).toEqual([first.revision]);
    expect((await http().get(one.next).expect(200)).body.items.map((r: { revision: number }) => r.revision)).toEqual([second.revision]);
  });

  it('drills a figure down to exactly the records it counts, also after new events', async () => {
    const review = await compile(2026);
    const theme = review.themes.find((t) => t.code === '2.1.2')!;
    const triagedUnder212 = new Set(events.filter((e) => e.envelope.type === 'loket.BarrierTriaged' && (e.envelope.payload as { theme: string }).theme === '2.1.2').map((e) => e.key));
    const expected = events
      .filter((e) => e.envelope.type === 'loket.BarrierReported' && triagedUnder212.has(e.key) && (e.envelope.payload as { reportedAt: string }).reportedAt.startsWith('2026'))
      .map((e) => e.key)
      .sort();
    expect(theme.reports.received.value).toBe(expected.length);
    // Every record of a figure, following `next` from page to page.
    const drill = async (url: string) => {
      const first = (await http().get(url).expect(200)).body;
      const items = [...first.items];
      for (let next = first.next; next; ) {
        const page = (await http().get(next).expect(200)).body;
        items.push(...page.items);
        next = page.next;
      }
      return { ...first, records: items };
    };
    const before = await drill(theme.reports.received.drillDown);
    expect(before.total).toBe(expected.length);
    expect(before.records.map((r: { id: string }) => r.id).sort()).toEqual(expected);
    expect(before.records[0]).toMatchObject({ type: 'barrier-report', reference: expect.stringMatching(/^LKT-2026-/), theme: '2.1.2' });
    // Small pages walk the same records in the same order, none twice, none left out.
    const small = await drill(`${theme.reports.received.drillDown}?limit=7`);
    expect(small.records.map((r: { id: string }) => r.id)).toEqual(before.records.map((r: { id: string }) => r.id));
    expect((await http().get(`${theme.reports.received.drillDown}?limit=1001`).expect(400)).body.errors).toEqual([{ field: 'limit', message: 'Vul 1000 of minder in.' }]);

    // A new report under 2.1.2 arrives after compiling: the compiled figure and its records stay as they were.
    const extra = loketScenario({ reports: 1, seed: 999, years: [2026] }).slice(0, 2);
    const extraId = extra[0].key;
    (extra[1].envelope.payload as { theme: string }).theme = '2.1.2';
    await publishScenario(app, extra);
    await waitForProjected(app.get(DataSource), events.length + 2);
    expect((await drill(theme.reports.received.drillDown)).records.map((r: { id: string }) => r.id).sort()).toEqual(expected);
    const next = await compile(2026);
    const nextTheme = next.themes.find((t) => t.code === '2.1.2')!;
    expect(nextTheme.reports.received.value).toBe(expected.length + 1);
    expect((await drill(nextTheme.reports.received.drillDown)).records.map((r: { id: string }) => r.id)).toContain(extraId);

    // A median drills down to the distribution it was taken from.
    const median = await drill(theme.handlingWorkingDays.median.drillDown);
    expect(median.total).toBe(theme.reports.resolved.value! + theme.reports.rejected.value!);
    const days = median.records.map((r: { dimension: string }) => Number(r.dimension)).sort((a: number, b: number) => a - b);
    expect(days[Math.ceil(days.length / 2) - 1]).toBe(theme.handlingWorkingDays.median.value);

    await http().get(`/api/review/years/2026/revisions/${review.revision}/figures/nonsense`).expect(404);
  });

  it('renders every theme as a section of the PDF and of the web page', async () => {
    const review = (await http().get('/api/review/years/2026').expect(200)).body as ReviewContent;
    const pdf = await http().get('/api/review/years/2026.pdf').buffer(true).parse(binary).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = (await pdfParse(pdf.body as Buffer)).text.replace(/\s+/g, ' ');
    expect(text).toContain('Jaarreview permanente bètaversie 2026');
    // The reports not classified yet (code `-`) are headed by their label in the document's language, never by the code.
    const heading = (t: ReviewContent['themes'][number], word: string, unclassified: string) => (t.code === '-' ? unclassified : `${word} ${t.code} ${t.title}`.replace(/\s+/g, ' '));
    expect(review.themes.some((t) => t.code === '-')).toBe(true);
    for (const t of review.themes) expect(text).toContain(heading(t, 'Thema', 'Nog niet ingedeeld'));
    expect(text).not.toMatch(/Thema - |Not classified yet/);
    const html = await http().get('/api/review/years/2026.html').expect(200);
    expect(html.headers['content-type']).toContain('text/html');
    for (const t of review.themes) expect(html.text).toContain(`id="theme-${t.code}-${t.version ?? 'none'}"`);
    expect(html.text).toContain('<html lang="nl">');
    expect(html.text).not.toContain('Barrier reports received');
    // The English documents: their own language, no Dutch labels.
    const en = await http().get('/api/review/years/2026.html?lang=en').expect(200);
    expect(en.headers['content-language']).toBe('en');
    expect(en.text).toContain('<html lang="en">');
    expect(en.text).toContain('Barrier reports received');
    expect(en.text).not.toContain('Meldingen ontvangen');
    const enPdf = await http().get('/api/review/years/2026.pdf?lang=en').buffer(true).parse(binary).expect(200);
    const enText = (await pdfParse(enPdf.body as Buffer)).text.replace(/\s+/g, ' ');
    for (const t of review.themes) expect(enText).toContain(heading(t, 'Theme', 'Not classified yet'));
    expect(enText).not.toMatch(/Theme - |Nog niet ingedeeld/);
    await http().get('/api/review/years/2026.pdf?lang=de').expect(400);
    await http().get('/api/review/years/1999').expect(404);
  });

  it('stores HTML and PDF when a revision is compiled and serves them from there, with ETag and Cache-Control', async () => {
    const ds = app.get(DataSource);
    const review = (await http().get('/api/review/years/2026').expect(200)).body as ReviewContent;
    // Each language is its own document (issue 12): the Dutch ones are served by default.
    const all = await ds.query(`SELECT format, lang, octet_length(body) AS bytes, etag FROM review_documents WHERE year = 2026 AND revision = $1 ORDER BY format, lang`, [review.revision]);
    expect(all.map((d: { format: string; lang: string }) => `${d.format}/${d.lang}`)).toEqual(['html/en', 'html/nl', 'pdf/en', 'pdf/nl']);
    const stored = all.filter((d: { lang: string }) => d.lang === 'nl');

    const render = jest.spyOn(app.get(ReviewDocumentRenderer), 'render');
    try {
      for (let i = 0; i < 3; i++) {
        const pdf = await http().get('/api/review/years/2026.pdf').buffer(true).parse(binary).expect(200);
        expect(pdf.headers.etag).toBe(stored[1].etag);
        expect((pdf.body as Buffer).length).toBe(stored[1].bytes);
        expect(pdf.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
      }
      // A revision's document gains a theme's text when a coordinator signs it off: revalidated, not immutable (its JSON is).
      const html = await http().get(`/api/review/years/2026.html?revision=${review.revision}`).expect(200);
      expect(html.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
      const json = await http().get(`/api/review/years/2026?revision=${review.revision}`).expect(200);
      expect(json.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(html.headers.etag).toBe(stored[0].etag);
      await http().get('/api/review/years/2026.html').set('If-None-Match', stored[0].etag).expect(304);
      expect(render).not.toHaveBeenCalled();

      // A revision from before documents were stored: the first requests render it once, under a lock, and keep it.
      await ds.query(`DELETE FROM review_documents WHERE year = 2026 AND revision = $1`, [review.revision]);
      const answers = await Promise.all(Array.from({ length: 5 }, () => http().get('/api/review/years/2026.pdf').buffer(true).parse(binary).expect(200)));
      expect(render).toHaveBeenCalledTimes(1);
      expect(new Set(answers.map((a) => a.headers.etag)).size).toBe(1);
      expect(new Set(answers.map((a) => (a.body as Buffer).toString('base64'))).size).toBe(1);
      await http().get('/api/review/years/2026.pdf').expect(200);
      expect(render).toHaveBeenCalledTimes(1);
    } finally {
      render.mockRestore();
    }
  });

  it('resumes a compile job that a stopped process left half-way', async () => {
    const ds = app.get(DataSource);
    const id = uuidFrom('job-resume');
    // Another process claimed the job and ran three steps, then died.
    await ds.query(`INSERT INTO review_jobs (id, year, status, requested_by, lease_until) VALUES ($1, 2025, 'running', 'coordinator-1', now() + interval '1 hour')`, [id]);
    const runner = app.get(ReviewJobRunner);
    for (let i = 0; i < 3; i++) expect(await runner.step(id)).toBe(true);
    const half = (await http().get(`/api/review/jobs/${id}`).expect(200)).body;
    expect(half).toMatchObject({ status: 'running', progress: { step: 3 } });
    expect(half.progress.totalSteps).toBeGreaterThan(3);
    await ds.query(`UPDATE review_jobs SET lease_until = now() - interval '1 second' WHERE id = $1`, [id]); // its lease ran out
    const done = await waitFor(async () => (await http().get(`/api/review/jobs/${id}`).expect(200)).body, (j) => j.status === 'completed', { what: 'resumed job' });
    const resumed = (await http().get(done.review).expect(200)).body as ReviewContent;
    const fresh = await compile(2025);
    expect(figuresOf(resumed)).toEqual(figuresOf(fresh));
  });
});
