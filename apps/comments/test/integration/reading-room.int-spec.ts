import type { NestExpressApplication } from '@nestjs/platform-express';
import { signDevelopmentToken, type StaffRole } from '@pb/auth';
import { createTestApp, createTestDatabase, dropTestDatabase, testEnv, testLogger } from '@pb/testing';
import { parse } from 'csv-parse/sync';
import { Workbook } from 'exceljs';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AnalysisJobRunner } from '../../src/analysis/application/commands/run-analysis/analysis-job.runner';
import { CommentsAppModule } from '../../src/app.module';
import { CommentsEnv } from '../../src/config/comments.env';
import { commentsMigrations } from '../../src/migrations';

jest.setTimeout(180_000);

/** Collects a binary body (supertest only buffers text and JSON by itself). */
const binary = (res: request.Response, done: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  (res as unknown as NodeJS.ReadableStream).on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

/** The coordinator's reading room on real PostgreSQL: search, filters, paging, export, report picks. */
describe('reading room (real PostgreSQL)', () => {
  let app: NestExpressApplication;
  let db: { name: string; url: string };
  let ds: DataSource;
  let coordinator: string;
  let moderator: string;
  let runner: AnalysisJobRunner;
  const http = () => request(app.getHttpServer());
  const question = randomUUID();
  const otherQuestion = randomUUID();

  const proposal = async () => {
    const id = randomUUID();
    await ds.query(
      `INSERT INTO proposal_projection (proposal_id, title, theme, moderation, questions, opens_at, closes_at, status)
       VALUES ($1, 'Voorstel', '1.1', 'post', $2, now() - interval '1 day', now() + interval '1 day', 'open')`,
      [id, JSON.stringify([{ id: question, text: 'Wat vindt u?' }, { id: otherQuestion, text: 'En verder?' }])],
    );
    return id;
  };

  interface Seed {
    body?: string;
    status?: string;
    isPublic?: boolean;
    onBehalfOf?: string | null;
    answers?: { questionId: string; answer: unknown }[];
    verified?: boolean;
    erased?: boolean;
  }
  const insert = async (proposalId: string, n: number, s: Seed = {}): Promise<string[]> => {
    const ids = Array.from({ length: n }, () => randomUUID());
    await ds.query(
      `INSERT INTO responses (id, proposal_id, body, answers, author_name, author_email, email_normalised, respondent_id, on_behalf_of, is_public, status,
                              submitted_at, verified_at, published_at, erased_at, version)
       SELECT id, $2, $3, $4, 'Geheime Naam', 'geheim-' || id || '@example.org', 'geheim-' || id || '@example.org', 'r-' || id, $5, $6, $7,
              clock_timestamp(), CASE WHEN $8 THEN clock_timestamp() END, CASE WHEN $7 = 'published' THEN clock_timestamp() END, CASE WHEN $9 THEN clock_timestamp() END, 1
         FROM unnest($1::uuid[]) AS id`,
      [ids, proposalId, s.body ?? 'Een gewone reactie', JSON.stringify(s.answers ?? []), s.onBehalfOf ?? null, s.isPublic ?? true, s.status ?? 'published', s.verified ?? true, s.erased ?? false],
    );
    return ids;
  };

  const walk = async (first: string) => {
    const pages: { total: number; items: { id: string }[]; next: string | null }[] = [];
    for (let url: string | null = first; url; ) {
      const page: { total: number; items: { id: string }[]; next: string | null } = (await http().get(url).set('Authorization', coordinator).expect(200)).body;
      pages.push(page);
      url = page.next;
    }
    return pages;
  };

  beforeAll(async () => {
    db = await createTestDatabase('comments', commentsMigrations);
    const env = testEnv(CommentsEnv, { DATABASE_URL: db.url });
    // The analysis runner is driven by the test (runPending), not by the timer.
    app = await createTestApp(CommentsAppModule.register({ env, logger: testLogger(), analysisJobs: false }));
    ds = app.get(DataSource);
    runner = app.get(AnalysisJobRunner);
    const token = (sub: string, roles: StaffRole[]) => `Bearer ${signDevelopmentToken({ secret: env.JWT_SECRET, issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE }, { sub, roles })}`;
    coordinator = token('coordinator-1', ['coordinator']);
    moderator = token('moderator-1', ['moderator']);
  });

  afterAll(async () => {
    await app?.close();
    await dropTestDatabase(db.name);
  });

  it('is for coordinators only: 401 without a token, 403 for a moderator, 404 for an unknown proposal', async () => {
    const id = await proposal();
    await http().get(`/api/proposals/${id}/comments/reading-room`).expect(401);
    await http().get(`/api/proposals/${id}/comments/reading-room`).set('Authorization', moderator).expect(403);
    await http().get(`/api/proposals/${id}/comments/export?format=csv`).set('Authorization', moderator).expect(403);
    await http().post(`/api/proposals/${id}/comments/report-picks`).set('Authorization', moderator).send({ slot: 1, responseIds: [randomUUID()], action: 'add' }).expect(403);
    const unknown = await http().get(`/api/proposals/${randomUUID()}/comments/export?format=xlsx`).set('Authorization', coordinator).expect(404);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    expect(unknown.headers['content-disposition']).toBeUndefined();
  });

  it('shows every confirmed response — pending, rejected, not public — and never an e-mail address or a name', async () => {
    const id = await proposal();
    const hidden = await insert(id, 2, { isPublic: false, status: 'pending-moderation' });
    const rejected = await insert(id, 1, { status: 'rejected' });
    const shown = await insert(id, 1);
    await insert(id, 2, { verified: false, status: 'awaiting-verification' });
    await insert(id, 1, { erased: true });
    const res = await http().get(`/api/proposals/${id}/comments/reading-room`).set('Authorization', coordinator).expect(200);
    expect(res.body.total).toBe(4);
    expect(res.body.items.map((r: { id: string }) => r.id).sort()).toEqual([...hidden, ...rejected, ...shown].sort());
    expect(res.body.items.find((r: { id: string }) => r.id === hidden[0])).toMatchObject({ public: false, status: 'pending-moderation' });
    expect(res.text).not.toMatch(/@example\.org|geheim|Geheime Naam|email|authorName/i);
    const csv = await http().get(`/api/proposals/${id}/comments/export?format=csv`).set('Authorization', coordinator).expect(200);
    expect(csv.text).toContain(hidden[0]);
    expect(csv.text).not.toMatch(/@example\.org|geheim|Geheime Naam/i);
  });

  it('finds words with Dutch stemming in the text, the answers and the organisation, and filters by question, organisation, public and status', async () => {
    const id = await proposal();
    const [stemmed] = await insert(id, 1, { body: 'De digitalisering van het mkb gaat te langzaam.' });
    const [inAnswer] = await insert(id, 1, { body: 'Zie mijn antwoord.', answers: [{ questionId: question, answer: 'Meer aandacht voor digitaliseringen graag' }] });
    const [byOrg] = await insert(id, 1, { body: 'Wij steunen dit.', onBehalfOf: 'Brancheorganisatie Digitaal', isPublic: false });
    const [other] = await insert(id, 1, { body: 'Iets heel anders over fietsen.', answers: [{ questionId: otherQuestion, answer: 'nee' }] });
    const ids = async (q: string) => (await http().get(`/api/proposals/${id}/comments/reading-room?${q}`).set('Authorization', coordinator).expect(200)).body.items.map((r: { id: string }) => r.id).sort();
    expect(await ids('q=digitaliseringen')).toEqual([stemmed, inAnswer].sort());
    expect(await ids('q=brancheorganisatie')).toEqual([byOrg]);
    expect(await ids(`q=${encodeURIComponent('"heel anders"')}`)).toEqual([other]);
    expect(await ids(`q=${encodeURIComponent('digitalisering -mkb')}`)).toEqual([inAnswer]);
    expect(await ids(`questionId=${question}`)).toEqual([inAnswer]);
    expect(await ids(`questionId=${otherQuestion}&answer=nee`)).toEqual([other]);
    expect(await ids('organisation=true')).toEqual([byOrg]);
    expect(await ids('organisation=false')).toEqual([stemmed, inAnswer, other].sort());
    expect(await ids('public=false')).toEqual([byOrg]);
    expect(await ids('status=rejected')).toEqual([]);
    // An operator-looking search is words, never SQL or a tsquery syntax error.
    expect(await ids(`q=${encodeURIComponent("'); DROP TABLE responses; -- & | !")}`)).toEqual([]);
    const bad = await http().get(`/api/proposals/${id}/comments/reading-room?status=awaiting-verification&organisation=ja`).set('Authorization', coordinator).set('Accept-Language', 'en').expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['organisation', 'status']);
  });

  it('pages to the last record with the next link: every response once, in order, the total on every page', async () => {
    const id = await proposal();
    await insert(id, 57, { isPublic: false });
    const pages = await walk(`/api/proposals/${id}/comments/reading-room?limit=10`);
    expect(pages).toHaveLength(6);
    expect(pages.at(-1)!.items).toHaveLength(7);
    expect(pages.at(-1)!.next).toBeNull();
    expect(pages.every((p) => p.total === 57)).toBe(true);
    const seen = pages.flatMap((p) => p.items.map((i) => i.id));
    const inDb = (await ds.query(`SELECT id FROM responses WHERE proposal_id = $1 ORDER BY submitted_at, id`, [id])).map((r: { id: string }) => r.id);
    expect(seen).toEqual(inDb);
  });

  it('keeps the unfiltered total in a counter through confirmation, erasure, deletion and a move, and counts a filter only up to 10 000', async () => {
    const id = await proposal();
    const other = await proposal();
    const total = async (q = '') => {
      const body = (await http().get(`/api/proposals/${id}/comments/reading-room?limit=1${q}`).set('Authorization', coordinator).expect(200)).body;
      return { total: body.total, exact: body.totalExact };
    };
    const inDb = async () => (await ds.query(`SELECT count(*)::int AS n FROM responses WHERE proposal_id = $1 AND verified_at IS NOT NULL AND erased_at IS NULL`, [id]))[0].n;
    await insert(id, 10_005, { onBehalfOf: 'Brancheorganisatie' });
    const [unconfirmed] = await insert(id, 1, { verified: false, status: 'awaiting-verification' });
    const [toErase, toDelete, toMove] = await insert(id, 3);
    expect(await total()).toEqual({ total: 10_008, exact: true });
    await ds.query(`UPDATE responses SET verified_at = now() WHERE id = $1`, [unconfirmed]);
    await ds.query(`UPDATE responses SET erased_at = now() WHERE id = $1`, [toErase]);
    await ds.query(`UPDATE responses SET body = 'nog eens', erased_at = now() WHERE id = $1`, [toErase]); // erased twice: once off
    await ds.query(`DELETE FROM responses WHERE id = $1`, [toDelete]);
    await ds.query(`UPDATE responses SET proposal_id = $2 WHERE id = $1`, [toMove, other]);
    expect(await total()).toEqual({ total: 10_006, exact: true });
    expect(await inDb()).toBe(10_006);
    // A filter that matches more than 10 000: counted to the cap, said to be at least that many.
    expect(await total('&organisation=true')).toEqual({ total: 10_000, exact: false });
    // Under the cap a filtered total is exact.
    expect(await total('&organisation=false')).toEqual({ total: 1, exact: true });
    expect((await http().get(`/api/proposals/${other}/comments/reading-room`).set('Authorization', coordinator).expect(200)).body).toMatchObject({ total: 1, totalExact: true });
  });

  it('exports as many rows as the database holds, as CSV and as an XLSX that opens, with the filter applied', async () => {
    const id = await proposal();
    await insert(id, 1234, { body: 'Regel met "aanhalingstekens", komma\nen een nieuwe regel', answers: [{ questionId: question, answer: '=SOM(A1:A2)' }] });
    await insert(id, 66, { onBehalfOf: 'Vereniging', isPublic: false, status: 'pending-moderation' });
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM responses WHERE proposal_id = $1 AND verified_at IS NOT NULL`, [id]);
    expect(n).toBe(1300);

    const csv = await http().get(`/api/proposals/${id}/comments/export?format=csv`).set('Authorization', coordinator).expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe(`attachment; filename="reacties-${id}.csv"`);
    const records: string[][] = parse(csv.text, { bom: true });
    expect(records[0]).toEqual(['Id', 'Ingediend', 'Status', 'Openbaar', 'Namens organisatie', 'Reactie', 'Wat vindt u?', 'En verder?', 'Antwoord op reactie', 'Keer gesteund']);
    expect(records).toHaveLength(n + 1);
    expect(records[1][5]).toBe('Regel met "aanhalingstekens", komma\nen een nieuwe regel');
    // A formula typed by a respondent stays text in the coordinator's spreadsheet.
    expect(records[1][6]).toBe("'=SOM(A1:A2)");
    expect(new Set(records.slice(1).map((r) => r[0])).size).toBe(n);

    const xlsx = await http().get(`/api/proposals/${id}/comments/export?format=xlsx&organisation=true`).set('Authorization', coordinator).set('Accept-Language', 'en').buffer(true).parse(binary).expect(200);
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new Workbook();
    await workbook.xlsx.load(xlsx.body as ArrayBuffer);
    const sheet = workbook.getWorksheet('Responses')!;
    expect(sheet.rowCount).toBe(66 + 1);
    expect(sheet.getRow(1).getCell(5).value).toBe('On behalf of organisation');
    expect(sheet.getRow(2).getCell(5).value).toBe('Vereniging');
    expect(sheet.getRow(2).getCell(3).value).toBe('awaiting moderation');

    const all = await http().get(`/api/proposals/${id}/comments/export?format=xlsx`).set('Authorization', coordinator).buffer(true).parse(binary).expect(200);
    const full = new Workbook();
    await full.xlsx.load(all.body as ArrayBuffer);
    expect(full.getWorksheet('Reacties')!.rowCount).toBe(n + 1);
    await http().get(`/api/proposals/${id}/comments/export?format=pdf`).set('Authorization', coordinator).expect(400);
  });

  it('keeps the responses picked per report topic: only confirmed responses of this proposal, added and removed', async () => {
    const id = await proposal();
    const [a, b] = await insert(id, 2, { body: 'Eerste woorden van de reactie' });
    const [unconfirmed] = await insert(id, 1, { verified: false, status: 'awaiting-verification' });
    const [foreign] = await insert(await proposal(), 1);
    const add = await http().post(`/api/proposals/${id}/comments/report-picks`).set('Authorization', coordinator).send({ slot: 2, responseIds: [a, b, unconfirmed, foreign], action: 'add' }).expect(200);
    expect(add.body.items.map((p: { responseId: string }) => p.responseId).sort()).toEqual([a, b].sort());
    expect(add.body.items[0]).toMatchObject({ slot: 2, excerpt: 'Eerste woorden van de reactie' });
    await http().post(`/api/proposals/${id}/comments/report-picks`).set('Authorization', coordinator).send({ slot: 2, responseIds: [a], action: 'remove' }).expect(200);
    const list = await http().get(`/api/proposals/${id}/comments/report-picks`).set('Authorization', coordinator).expect(200);
    expect(list.body.items).toEqual([{ slot: 2, responseId: b, excerpt: 'Eerste woorden van de reactie' }]);
    const bad = await http().post(`/api/proposals/${id}/comments/report-picks`).set('Authorization', coordinator).send({ slot: 0, responseIds: ['x'], action: 'keep' }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['action', 'responseIds', 'slot']);
  });

  it('filters by theme and by stance of the current analysis, also after the coordinator moved, split and merged, and exports with that filter', async () => {
    const id = randomUUID();
    const choice = randomUUID();
    await ds.query(
      `INSERT INTO proposal_projection (proposal_id, title, theme, moderation, questions, opens_at, closes_at, status)
       VALUES ($1, 'Voorstel', '1.1', 'post', $2, now() - interval '1 day', now() + interval '1 day', 'open')`,
      [id, JSON.stringify([{ id: choice, text: 'Steunt u het voorstel?', kind: 'single-choice', options: [{ id: 'ja', label: 'Ja' }, { id: 'nee', label: 'Nee' }] }])],
    );
    const bikes = ['Meer fietspaden langs de provinciale wegen.', 'De fietspaden in de stad zijn te smal voor fietsers.', 'Veilige fietspaden naar school voor kinderen.', 'Verlichting op fietspaden buiten de bebouwde kom.', 'Fietsers en fietspaden verdienen meer ruimte.', 'Brede fietspaden met voorrang voor fietsers.'];
    const taxes = ['De belasting op arbeid moet omlaag voor ondernemers.', 'Ondernemers betalen te veel belasting en premies.', 'Minder belasting voor kleine ondernemers graag.', 'De belastingaangifte is te ingewikkeld voor ondernemers.', 'Belasting op winst drukt de investeringen van ondernemers.', 'Eenvoudiger belasting voor zzp-ondernemers.'];
    const ids: string[] = [];
    for (const [i, body] of [...bikes, ...taxes].entries()) ids.push(...(await insert(id, 1, { body, answers: [{ questionId: choice, answer: i % 2 ? 'nee' : 'ja' }] })));
    const yes = ids.filter((_, i) => i % 2 === 0);
    const list = async (q: string) => (await http().get(`/api/proposals/${id}/comments/reading-room?limit=100&${q}`).set('Authorization', coordinator).expect(200)).body;
    const found = async (q: string) => (await list(q)).items.map((r: { id: string }) => r.id).sort();

    // Before any analysis the filters match nothing, and the page says there is no analysis.
    expect((await list('')).analysis).toBeNull();
    expect(await found('themeId=t1')).toEqual([]);

    const { analysisId } = (await http().post(`/api/proposals/${id}/analyses`).set('Authorization', coordinator).expect(202)).body;
    expect(await runner.runPending()).toBe(1);
    const analysis = (await http().get(`/api/proposals/${id}/analyses/latest`).set('Authorization', coordinator).expect(200)).body;
    expect(analysis.status).toBe('review');
    const themes: { id: string; label: string; responseIds: string[] }[] = analysis.themes;
    expect(themes.length).toBeGreaterThanOrEqual(2);

    const page = await list('');
    expect(page.analysis).toMatchObject({ id: analysisId, status: 'review', stanceQuestionIds: expect.arrayContaining([choice]) });
    expect(page.analysis.themes.map((t: { id: string; label: string }) => [t.id, t.label])).toEqual(themes.map((t) => [t.id, t.label]));
    for (const t of themes) expect(await found(`themeId=${t.id}`)).toEqual([...t.responseIds].sort());
    const item = page.items.find((r: { id: string }) => r.id === ids[0]);
    expect(item.analysis.themeId).toBe(themes.find((t) => t.responseIds.includes(ids[0]))!.id);
    expect(item.analysis.stances).toContainEqual({ questionId: choice, stance: 'for' });

    // Stance on a question; without one, on the response's main text; with other filters, AND.
    expect(await found(`stance=for&stanceQuestionId=${choice}`)).toEqual([...yes].sort());
    expect(await found(`stance=against&stanceQuestionId=${choice}`)).toEqual(ids.filter((i) => !yes.includes(i)).sort());
    const bodyUnclear = page.items.filter((r: { analysis: { stances: { questionId: string; stance: string }[] } }) => r.analysis.stances.some((x) => x.questionId === 'body' && x.stance === 'unclear'));
    expect(bodyUnclear.length).toBeGreaterThan(0);
    expect(await found('stance=unclear')).toEqual(bodyUnclear.map((r: { id: string }) => r.id).sort());
    expect(await found('stance=unclear&stanceQuestionId=body')).toEqual(bodyUnclear.map((r: { id: string }) => r.id).sort());
    const [a, b] = themes;
    expect(await found(`themeId=${a.id}&stance=for&stanceQuestionId=${choice}`)).toEqual(a.responseIds.filter((r) => yes.includes(r)).sort());
    expect((await list(`themeId=${a.id}`)).total).toBe(a.responseIds.length);

    // The coordinator moves a response: the filter follows at once.
    const edit = (body: Record<string, unknown>) => http().post(`/api/proposals/${id}/analyses/${analysisId}/edits`).set('Authorization', coordinator).send(body).expect(200);
    const moved = a.responseIds[0];
    await edit({ kind: 'move', responseId: moved, toThemeId: b.id });
    expect(await found(`themeId=${a.id}`)).toEqual(a.responseIds.slice(1).sort());
    expect(await found(`themeId=${b.id}`)).toEqual([...b.responseIds, moved].sort());
    expect((await list(`themeId=${b.id}`)).items.find((r: { id: string }) => r.id === moved).analysis.themeId).toBe(b.id);
    // … splits it off into a theme of its own, and merges that back.
    const split = (await edit({ kind: 'split', themeId: b.id, responseIds: [moved], label: 'Apart' })).body;
    const apart = split.themes.find((t: { label: string }) => t.label === 'Apart').id;
    expect(await found(`themeId=${apart}`)).toEqual([moved]);
    await edit({ kind: 'merge', themeId: apart, intoThemeId: a.id });
    expect(await found(`themeId=${apart}`)).toEqual([]);
    expect(await found(`themeId=${a.id}`)).toEqual([...a.responseIds].sort());

    // The export takes the same filter, with the theme and the stances as columns.
    const csv = await http().get(`/api/proposals/${id}/comments/export?format=csv&themeId=${b.id}`).set('Authorization', coordinator).expect(200);
    const records: string[][] = parse(csv.text, { bom: true });
    expect(records).toHaveLength(b.responseIds.length + 1);
    expect(records[0].slice(records[0].indexOf('Keer gesteund') + 1)).toEqual([
      'Thema',
      ...page.analysis.stanceQuestionIds.map((q: string) => (q === 'body' ? 'Standpunt: Tekst van de reactie' : 'Standpunt: Steunt u het voorstel?')),
    ]);
    const column = (h: string) => records[0].indexOf(h);
    for (const r of records.slice(1)) expect(r[column('Thema')]).toBe(b.label);
    const stanceOf = (r: string[]) => r[column('Standpunt: Steunt u het voorstel?')];
    expect(records.slice(1).map(stanceOf).sort()).toEqual(b.responseIds.map((r) => (yes.includes(r) ? 'Voor' : 'Tegen')).sort());

    // Once signed off, that analysis is the one filtered on, also when a newer one is in review.
    await http().post(`/api/proposals/${id}/analyses/${analysisId}/sign-off`).set('Authorization', coordinator).expect(200);
    await http().post(`/api/proposals/${id}/analyses`).set('Authorization', coordinator).expect(202);
    expect(await runner.runPending()).toBe(1);
    const newer = (await http().get(`/api/proposals/${id}/analyses/latest`).set('Authorization', coordinator).expect(200)).body;
    expect(newer.id).not.toBe(analysisId);
    await http().post(`/api/proposals/${id}/analyses/${newer.id}/edits`).set('Authorization', coordinator).send({ kind: 'move', responseId: moved, toThemeId: newer.themes.find((t: { responseIds: string[] }) => !t.responseIds.includes(moved)).id }).expect(200);
    expect((await list('')).analysis.id).toBe(analysisId);
    expect(await found(`themeId=${a.id}`)).toEqual([...a.responseIds].sort());
  });

  it('answers 400 in the reader\'s language for a stance, a theme or a stance question that cannot be', async () => {
    const id = await proposal();
    const bad = await http().get(`/api/proposals/${id}/comments/reading-room?stance=maybe&themeId=theme-1&stanceQuestionId=x`).set('Authorization', coordinator).set('Accept-Language', 'en').expect(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    const messages = Object.fromEntries(bad.body.errors.map((e: { field: string; message: string }) => [e.field, e.message]));
    expect(messages).toEqual({
      stance: 'Choose one of: for, against, mixed, unclear.',
      themeId: 'A theme of the analysis is t followed by its number, for example t3.',
      stanceQuestionId: 'Choose a question (its id) or body (the response itself).',
    });
    const nl = await http().get(`/api/proposals/${id}/comments/export?format=csv&stance=voor`).set('Authorization', coordinator).set('Accept-Language', 'nl').expect(400);
    expect(nl.body.errors).toEqual([{ field: 'stance', message: 'Kies een van: for, against, mixed, unclear.' }]);
  });
});
