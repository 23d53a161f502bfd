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

jest.setTimeout(120_000);

interface Sentence {
  key: string;
  text: string;
  drafted: string;
  edited: boolean;
  figures: { id: string; value: number | null; drillDown: string }[];
}
interface ThemeText {
  code: string;
  status: string;
  signedOff: { by: string; at: string } | null;
  sentences: Sentence[];
}

/** The review's text per theme: drafted from the figures, edited and signed off (real PostgreSQL and Kafka). */
describe('the annual review as text a minister’s staff can read', () => {
  let app: NestExpressApplication;
  let db: { name: string; url: string };
  let env: ReviewEnv;
  let revision: number;
  const events = [strategyVersionEvent(), ...loketScenario({ reports: 120, seed: 23, years: [2025, 2026] })];
  const http = () => request(app.getHttpServer());
  const coordinator = () => tokenFor(env, 'coordinator');
  const text = async (query = '', token?: string): Promise<{ revision: number; themes: ThemeText[] }> => {
    const req = http().get(`/api/review/years/2026/narrative${query}`);
    return (await (token ? req.set('Authorization', token) : req).expect(200)).body;
  };

  beforeAll(async () => {
    db = await createTestDatabase('review', reviewMigrations);
    env = testEnv(ReviewEnv, { DATABASE_URL: db.url });
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

  it('is a draft for coordinators only until it is signed off', async () => {
    expect((await text()).themes).toEqual([]);
    const drafts = await text('', coordinator());
    expect(drafts.revision).toBe(revision);
    const busiest = drafts.themes.filter((t) => t.code !== '-').sort((a, b) => b.sentences.length - a.sentences.length)[0];
    expect(busiest.status).toBe('draft');
    expect(busiest.sentences[0].text).toMatch(/^In 2026 (is|zijn) \d+ belemmering(en)? gemeld, /);
    await http().get('/api/review/years/2031/narrative').expect(404);
  });

  it('links every number of a drafted sentence to the records it counts', async () => {
    const drafts = await text('', coordinator());
    const sentence = drafts.themes.flatMap((t) => t.sentences).find((s) => s.key === 'reports' && (s.figures[0].value ?? 0) > 0)!;
    const figure = sentence.figures[0];
    expect(sentence.text).toContain(String(figure.value));
    const records = (await http().get(`${figure.drillDown}${figure.drillDown.includes('?') ? '&' : '?'}limit=1000`).expect(200)).body;
    expect(records.total).toBe(figure.value);
  });

  it('keeps a coordinator’s edit with the figures of the sentence it rewords, and every change in the history', async () => {
    const theme = (await text('', coordinator())).themes.find((t) => t.sentences.length >= 2 && t.code !== '-')!;
    const [first, second] = theme.sentences;
    const path = `/api/review/years/2026/revisions/${revision}/narrative/${theme.code}`;
    await http().put(path).set('Authorization', coordinator()).send({ sentences: [{ key: first.key, text: `Herschreven: ${first.text}` }, { key: second.key, text: second.text }] }).expect(204);

    const edited = (await text('', coordinator())).themes.find((t) => t.code === theme.code)!;
    expect(edited.sentences.map((s) => [s.key, s.edited])).toEqual([
      [first.key, true],
      [second.key, false],
    ]);
    expect(edited.sentences[0]).toMatchObject({ text: `Herschreven: ${first.text}`, drafted: first.text, figures: first.figures });

    const unknown = await http().put(path).set('Authorization', coordinator()).send({ sentences: [{ key: first.key, text: 'a' }, { key: first.key, text: 'b' }] }).expect(422);
    expect(unknown.body.code).toBe('REVIEW.UNKNOWN_NARRATIVE_SENTENCE');
    const bad = await http().put(path).set('Authorization', coordinator()).send({ sentences: [{ key: 'verzonnen', text: '' }] }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['sentences.0.key', 'sentences.0.text']);
    await http().put(path).send({ sentences: [] }).expect(401);
    await http().put(path).set('Authorization', tokenFor(env, 'official')).send({ sentences: [] }).expect(403);

    // Signed off: public, and final.
    await http().post(`${path}/sign-off`).set('Authorization', coordinator()).expect(204);
    const published = (await text()).themes;
    expect(published.map((t) => t.code)).toEqual([theme.code]);
    expect(published[0]).toMatchObject({ status: 'signed-off', signedOff: { by: 'coordinator-1', at: expect.any(String) } });
    expect(published[0].sentences.map((s) => s.text)).toEqual([`Herschreven: ${first.text}`, second.text]);
    expect((await http().post(`${path}/sign-off`).set('Authorization', coordinator()).expect(409)).body.code).toBe('REVIEW.NARRATIVE_SIGNED_OFF');
    await http().put(path).set('Authorization', coordinator()).send({ sentences: [] }).expect(409);

    // Each language is its own text: the English one is still a draft.
    expect((await text('?lang=en')).themes).toEqual([]);
    const english = (await text('?lang=en', coordinator())).themes.find((t) => t.code === theme.code)!;
    expect(english.sentences[0].text).toMatch(/^\d+ barriers? (was|were) reported in 2026, /);

    const changes = await app.get(DataSource).query(`SELECT action, changed_by FROM review_narrative_changes WHERE theme = $1 ORDER BY id`, [theme.code]);
    expect(changes).toEqual([
      { action: 'edit', changed_by: 'coordinator-1' },
      { action: 'sign-off', changed_by: 'coordinator-1' },
    ]);
  });
});
