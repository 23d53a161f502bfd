import type { NestExpressApplication } from '@nestjs/platform-express';
import { createTestApp, createTestDatabase, dropTestDatabase, testEnv, testLogger } from '@pb/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
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
  target: { value: number | null; year: number | null; source: { section: string; quote: string } };
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
    const all = await list();
    expect(all.length).toBeGreaterThanOrEqual(10);
    for (const i of all) {
      expect({ code: i.code, found: text.includes(i.target.source.quote) }).toEqual({ code: i.code, found: true });
      // A number in the target must be written in its quote (or as "alle"/"iedereen": everyone).
      if (i.target.value !== null) expect(i.target.source.quote).toMatch(new RegExp(`${i.target.value}%|alle |iedereen`));
      if (i.target.year !== null) expect(i.target.source.quote).toContain(String(i.target.year));
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
});
