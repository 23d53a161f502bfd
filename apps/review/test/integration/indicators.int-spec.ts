import type { NestExpressApplication } from '@nestjs/platform-express';
import { createTestApp, createTestDatabase, dropTestDatabase, testEnv, testLogger } from '@pb/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ReviewAppModule } from '../../src/app.module';
import { ReviewEnv } from '../../src/config/review.env';
import { reviewMigrations } from '../../src/migrations';
import { tokenFor } from '../factories/tokens';

const SOURCE_TEXT = join(__dirname, '../../../proposals/src/strategy/seed/source/nederlandse-digitaliseringsstrategie-2018.txt');

/** The strategy text as a reader sees it: no line-break hyphens, one space for any whitespace. */
const normalise = (text: string) => text.replace(/-\s*\n\s*/g, '').replace(/\s+/g, ' ');

interface IndicatorBody {
  id: string;
  code: string;
  theme: string;
  strategyVersion: string;
  definition: { nl: string; en: string };
  unit: string;
  source: string;
  target: { value: number | null; year: number | null; comparison: string | null; source: { section: string; quote: string } | null };
  values: { id: string; period: string; value: number }[];
  history: { id: string; period: string; value: number; corrects: string | null; correctionReason: string | null }[];
  latest: { value: number; period: string; meetsTarget: boolean | null } | null;
}

/** Indicators and targets of the strategy's ambitions against the real PostgreSQL. */
describe('indicators and targets (real PostgreSQL)', () => {
  let app: NestExpressApplication;
  let db: { name: string; url: string };
  let env: ReviewEnv;
  const http = () => request(app.getHttpServer());
  const coordinator = () => tokenFor(env, 'coordinator');
  const list = async (query = ''): Promise<IndicatorBody[]> => (await http().get(`/api/review/indicators${query}`).expect(200)).body.items;
  const byCode = async (code: string) => (await list()).find((i) => i.code === code)!;

  beforeAll(async () => {
    db = await createTestDatabase('review', reviewMigrations);
    env = testEnv(ReviewEnv, { DATABASE_URL: db.url });
    app = await createTestApp(ReviewAppModule.register({ env, logger: testLogger(), consumers: false, jobs: false }));
  });

  afterAll(async () => {
    await app?.close();
    await dropTestDatabase(db.name);
  });

  it('is seeded with the targets the 2018 text states, each quote found in the text, numbers only where the text has them', async () => {
    const text = normalise(readFileSync(SOURCE_TEXT, 'utf8'));
    const all = await list('?strategyVersion=2018.0');
    expect(all.length).toBeGreaterThanOrEqual(10);
    for (const i of all) {
      const source = i.target.source!;
      // The section's title (with its number, as the text heads it) and the quote are both in the text.
      expect({ code: i.code, section: text.includes(source.section), quote: text.includes(source.quote) }).toEqual({ code: i.code, section: true, quote: true });
      // A number in the target must be written in its quote (or as "alle"/"iedereen": everyone).
      if (i.target.value !== null) expect(source.quote).toMatch(new RegExp(`${i.target.value}%|alle |iedereen`));
      if (i.target.year !== null) expect(source.quote).toContain(String(i.target.year));
    }
    const health = await list('?theme=1.5');
    expect(health.map((i) => [i.code, i.target.value, i.target.year])).toEqual([
      ['ehealth-access-chronically-ill', 80, 2019],
      ['ehealth-access-everyone', 40, 2019],
      ['ehealth-screen-contact', null, 2019],
      ['ehealth-self-measurement', 75, 2019],
    ]);
    expect(health.every((i) => i.values.length === 0 && i.latest === null)).toBe(true);
    // A version that is no version (schemathesis sent one with a NUL byte) is a 400, not a database error.
    const bad = await http().get('/api/review/indicators?strategyVersion=%F1%BD%8D%B1%00%1F').expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['strategyVersion']);
  });

  it('records a value from a coordinator and keeps a correction beside what it corrects', async () => {
    const { id } = await byCode('ehealth-access-chronically-ill');
    const first = await http()
      .post(`/api/review/indicators/${id}/values`)
      .set('Authorization', coordinator())
      .send({ value: 64, period: '2019', source: 'eHealth-monitor 2019', observedOn: '2019-11-20' })
      .expect(201);
    expect(first.body).toMatchObject({ value: 64, period: '2019', corrects: null, recordedBy: expect.any(String) });

    await http()
      .post(`/api/review/indicators/${id}/values`)
      .set('Authorization', coordinator())
      .send({ value: 66, period: '2019JJ00', source: 'eHealth-monitor 2019, herzien', observedOn: '2020-01-15', corrects: first.body.id, reason: 'herziene cijfers' })
      .expect(201);

    const after = await byCode('ehealth-access-chronically-ill');
    expect(after.values.map((v) => [v.period, v.value])).toEqual([['2019', 66]]);
    expect(after.history.map((v) => [v.value, v.corrects, v.correctionReason])).toEqual([
      [64, null, null],
      [66, first.body.id, 'herziene cijfers'],
    ]);
    expect(after.latest).toEqual({ value: 66, period: '2019', meetsTarget: false });
  });

  it('refuses a bad value with a clear answer per field, and only coordinators may record', async () => {
    const { id } = await byCode('ehealth-access-everyone');
    const bad = await http()
      .post(`/api/review/indicators/${id}/values`)
      .set('Authorization', coordinator())
      .send({ value: 'veel', period: '2019', source: '', observedOn: '20-01-2020' })
      .expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['observedOn', 'source', 'value']);

    const period = await http()
      .post(`/api/review/indicators/${id}/values`)
      .set('Authorization', coordinator())
      .set('Accept-Language', 'en')
      .send({ value: 40, period: 'vorig jaar', source: 'x', observedOn: '2020-01-20' })
      .expect(422);
    expect(period.body.errors).toEqual([{ field: 'period', message: "'vorig jaar' is not a period: write a year (2019), quarter (2019-Q1) or month (2019-03)." }]);

    await http().post(`/api/review/indicators/${id}/values`).send({ value: 40, period: '2019', source: 'x', observedOn: '2020-01-20' }).expect(401);
    await http()
      .post(`/api/review/indicators/${id}/values`)
      .set('Authorization', tokenFor(env, 'official'))
      .send({ value: 40, period: '2019', source: 'x', observedOn: '2020-01-20' })
      .expect(403);
    await http()
      .post(`/api/review/indicators/00000000-0000-4000-8000-000000000000/values`)
      .set('Authorization', coordinator())
      .send({ value: 40, period: '2019', source: 'x', observedOn: '2020-01-20' })
      .expect(404);
    expect((await byCode('ehealth-access-everyone')).history).toEqual([]);
  });

  it('imports a CBS StatLine export, and a re-import changes nothing', async () => {
    const { id } = await byCode('fixed-internet-100mbps');
    const csv = '"ID";"Perioden";"Regio";"Adressen met 100 Mbps (%)"\r\n"0";"2019JJ00";"Nederland";"91,4"\r\n"1";"2020JJ00";"Nederland";"94,8"\r\n"2";"2021JJ00";"Nederland";"."\r\n';
    const send = () =>
      http()
        .post(`/api/review/indicators/${id}/values/import?source=${encodeURIComponent('Monitor digitale connectiviteit')}&observedOn=2021-06-01`)
        .set('Authorization', coordinator())
        .set('Content-Type', 'text/csv; charset=utf-8')
        .send(csv)
        .expect(200);
    expect((await send()).body).toEqual({ recorded: 2, corrected: 0, unchanged: 0, withoutFigure: 1 });
    expect((await send()).body).toEqual({ recorded: 0, corrected: 0, unchanged: 2, withoutFigure: 1 });
    const after = await byCode('fixed-internet-100mbps');
    expect(after.values.map((v) => [v.period, v.value])).toEqual([
      ['2019', 91.4],
      ['2020', 94.8],
    ]);
    expect(after.latest).toEqual({ value: 94.8, period: '2020', meetsTarget: false });
  });

  it('records nothing of a file with bad rows, and names every bad row', async () => {
    const { id } = await byCode('mobile-5g-availability');
    const csv = 'Perioden;Dekking\n2020JJ00;40\n2021XX00;50\n2022JJ00;veel\n2020JJ00;41\n2023JJ00;80\n';
    const res = await http()
      .post(`/api/review/indicators/${id}/values/import?source=AT&observedOn=2024-01-01`)
      .set('Authorization', coordinator())
      .set('Content-Type', 'text/csv')
      .send(csv)
      .expect(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.detail).toBe('Het bestand is niet ingelezen: 3 regels kloppen niet. Er is niets opgeslagen.');
    expect(res.body.errors).toEqual([
      { field: 'row 3.Perioden', message: "Regel 3: '2021XX00' is geen periode (2019, 2019JJ00, 2019KW01 of 2019MM03)." },
      { field: 'row 4.value', message: "Regel 4: 'veel' is geen getal." },
      { field: 'row 5.Perioden', message: 'Regel 5: periode 2020 staat ook op regel 2.' },
    ]);
    expect((await byCode('mobile-5g-availability')).history).toEqual([]);

    const json = await http()
      .post(`/api/review/indicators/${id}/values/import?source=AT&observedOn=2024-01-01`)
      .set('Authorization', coordinator())
      .send({ csv })
      .expect(415);
    expect(json.headers['content-type']).toContain('application/problem+json');
    const noPeriods = await http()
      .post(`/api/review/indicators/${id}/values/import?source=AT&observedOn=2024-01-01`)
      .set('Authorization', coordinator())
      .set('Content-Type', 'text/csv')
      .send('Jaar;Dekking\n2020;40\n')
      .expect(422);
    expect(noPeriods.body.errors).toEqual([{ field: 'file', message: 'Het bestand heeft geen kolom Perioden.' }]);
  });

  describe('defined by a coordinator for an ambition of a later strategy version', () => {
    const LATER = '2027.0';
    const define = (version: string, theme: string, body: object, as = coordinator()) =>
      http().post(`/api/review/strategy/versions/${version}/themes/${theme}/indicators`).set('Authorization', as).send(body);
    const aDefinition = (code: string) => ({
      code,
      definitionNl: 'Aandeel mkb-bedrijven dat zijn facturen digitaal verstuurt',
      definitionEn: 'Share of SMEs that send their invoices digitally',
      unit: '%',
      source: 'CBS, ICT-gebruik bij bedrijven',
    });

    beforeAll(async () => {
      // What the projection of StrategyVersionPublished writes: the review learns a version and its themes from the proposals service.
      const ds = app.get(DataSource);
      await ds.query(`INSERT INTO strategy_versions (version, previous_version, title, published_at, changes) VALUES ($1, '2018.0', 'Nederlandse Digitaliseringsstrategie', '2027-02-01T10:00:00Z', '[]')`, [LATER]);
      for (const code of ['1.1', '1.5', '2.3.4']) {
        await ds.query(`INSERT INTO strategy_themes (version, code, title, ambition, actions, track, spearhead) VALUES ($1, $2, $3, $4, '[]', $5, NULL)`, [LATER, code, `Thema ${code}`, `Ambitie ${code}`, Number(code[0])]);
      }
    });

    it('shows the indicator for that version only, with a target where one is given, and takes values', async () => {
      const created = await define(LATER, '1.1', { ...aDefinition('sme-e-invoicing'), targetValue: 60, targetComparison: 'at-least', targetYear: 2030, targetSection: '2.1 Digitaal ondernemen', targetQuote: 'in 2030 factureert 60% van het mkb digitaal' }).expect(201);
      expect(created.body).toEqual({
        id: expect.any(String),
        strategyVersion: LATER,
        theme: '1.1',
        code: 'sme-e-invoicing',
        definition: { nl: 'Aandeel mkb-bedrijven dat zijn facturen digitaal verstuurt', en: 'Share of SMEs that send their invoices digitally' },
        unit: '%',
        source: 'CBS, ICT-gebruik bij bedrijven',
        target: { value: 60, year: 2030, comparison: 'at-least', source: { section: '2.1 Digitaal ondernemen', quote: 'in 2030 factureert 60% van het mkb digitaal' } },
      });
      // Neither number nor year nor the strategy's words: an aim the coordinator measures all the same.
      const bare = await define(LATER, '2.3.4', aDefinition('fiber-households')).expect(201);
      expect(bare.body.target).toEqual({ value: null, year: null, comparison: null, source: null });

      const later = await list(`?strategyVersion=${LATER}`);
      expect(later.map((i) => [i.theme, i.code])).toEqual([
        ['1.1', 'sme-e-invoicing'],
        ['2.3.4', 'fiber-households'],
      ]);
      expect((await list('?strategyVersion=2018.0')).some((i) => i.strategyVersion === LATER)).toBe(false);
      expect((await list(`?theme=1.1&strategyVersion=${LATER}`)).map((i) => i.code)).toEqual(['sme-e-invoicing']);

      await http()
        .post(`/api/review/indicators/${created.body.id}/values`)
        .set('Authorization', coordinator())
        .send({ value: 62, period: '2030', source: 'CBS 2030', observedOn: '2031-03-01' })
        .expect(201);
      expect((await list(`?strategyVersion=${LATER}`))[0].latest).toEqual({ value: 62, period: '2030', meetsTarget: true });
    });

    it('corrects the definition in both languages, and keeps code, target and values', async () => {
      const { id, target, values } = (await list(`?strategyVersion=${LATER}`)).find((i) => i.code === 'sme-e-invoicing')!;
      const corrected = await http()
        .put(`/api/review/indicators/${id}/definition`)
        .set('Authorization', coordinator())
        .send({ nl: 'Aandeel mkb-bedrijven dat e-facturen verstuurt', en: 'Share of SMEs that send e-invoices' })
        .expect(200);
      expect(corrected.body).toMatchObject({ id, code: 'sme-e-invoicing', definition: { nl: 'Aandeel mkb-bedrijven dat e-facturen verstuurt', en: 'Share of SMEs that send e-invoices' }, target });
      const after = (await list(`?strategyVersion=${LATER}`)).find((i) => i.id === id)!;
      expect(after.definition).toEqual({ nl: 'Aandeel mkb-bedrijven dat e-facturen verstuurt', en: 'Share of SMEs that send e-invoices' });
      expect(after.values).toEqual(values);

      const bad = await http().put(`/api/review/indicators/${id}/definition`).set('Authorization', coordinator()).set('Accept-Language', 'en').send({ nl: '   ' }).expect(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['en', 'nl']);
      await http().put('/api/review/indicators/00000000-0000-4000-8000-000000000000/definition').set('Authorization', coordinator()).send({ nl: 'x', en: 'x' }).expect(404);
      await http().put(`/api/review/indicators/${id}/definition`).send({ nl: 'x', en: 'x' }).expect(401);
      await http().put(`/api/review/indicators/${id}/definition`).set('Authorization', tokenFor(env, 'moderator')).send({ nl: 'x', en: 'x' }).expect(403);
    });

    it('refuses bad fields one by one, in the reader\'s language, and defines nothing', async () => {
      const before = (await list(`?strategyVersion=${LATER}`)).length;
      const nl = await define(LATER, '1.5', { code: 'Niet Goed!', definitionNl: '', unit: '%', source: 'x', targetValue: 'veel', targetYear: 1850, targetQuote: 'zonder sectie' }).expect(400);
      expect(nl.headers['content-type']).toContain('application/problem+json');
      const fields = (body: { errors: { field: string; message: string }[] }) => Object.fromEntries(body.errors.map((e) => [e.field, e.message]));
      expect(Object.keys(fields(nl.body)).sort()).toEqual(['code', 'definitionEn', 'definitionNl', 'targetComparison', 'targetSection', 'targetValue', 'targetYear']);
      expect(fields(nl.body).code).toBe('Een code bestaat uit kleine letters en cijfers, woorden verbonden met een streepje, zoals ehealth-toegang-2030.');
      const en = await define(LATER, '1.5', { ...aDefinition('Niet Goed!'), targetComparison: 'at-least' }).set('Accept-Language', 'en').expect(400);
      expect(fields(en.body)).toEqual({
        code: 'A code consists of lower-case letters and digits, words joined by a hyphen, such as ehealth-access-2030.',
        targetValue: expect.any(String),
      });
      expect((await list(`?strategyVersion=${LATER}`)).length).toBe(before);
    });

    it('answers 404 for a version or ambition the review does not know, 409 for a code the version has, and only to a coordinator', async () => {
      const unknownVersion = await define('2099.0', '1.1', aDefinition('anything')).set('Accept-Language', 'en').expect(404);
      expect(unknownVersion.body.detail).toBe('Strategy version 2099.0 is not known.');
      const unknownTheme = await define(LATER, '1.2', aDefinition('anything')).expect(404);
      expect(unknownTheme.body.detail).toBe('Strategieversie 2027.0 heeft geen ambitie 1.2.');
      const duplicate = await define(LATER, '1.5', aDefinition('sme-e-invoicing')).expect(409);
      expect(duplicate.body.detail).toBe('Strategieversie 2027.0 heeft al een indicator met de code sme-e-invoicing.');
      // A code is one indicator per version: 2018's code may be used again for the later version.
      await define(LATER, '1.5', { ...aDefinition('ehealth-access-everyone'), definitionNl: 'Aandeel Nederlanders met toegang tot hun medische gegevens' }).expect(201);

      await http().post(`/api/review/strategy/versions/${LATER}/themes/1.5/indicators`).send(aDefinition('no-token')).expect(401);
      await define(LATER, '1.5', aDefinition('official-tries'), tokenFor(env, 'official')).expect(403);
      expect((await list(`?strategyVersion=${LATER}`)).map((i) => i.code).sort()).toEqual(['ehealth-access-everyone', 'fiber-households', 'sme-e-invoicing']);
    });
  });
});
