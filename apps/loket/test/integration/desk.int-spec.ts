import { percentileCont } from '../../src/reports/domain/desk/handling-time.util';
import { LoketTestKit } from '../support/loket-test-kit';

interface Week {
  week: string;
  open: number;
  overdue: number;
  reopened: number;
  answered: number;
  averageDays: number | null;
  p90Days: number | null;
}

/**
 * The desk (issue 10 item 8) against real PostgreSQL and Kafka: the department dashboard's weekly
 * figures (working days and percentiles computed in SQL), "my reports", saved filters and bulk assign.
 */
describe('the officials desk (real PostgreSQL and Kafka)', () => {
  const kit = new LoketTestKit();
  const at = (iso: string) => kit.clock.travelTo(new Date(iso));
  let admin: string;

  beforeAll(async () => {
    // The scenario spans three months: the reporter's link must outlive it.
    await kit.start({ LOKET_TRACKING_LINK_TTL_DAYS: 3650 });
    await kit.publishStrategy();
    admin = `Bearer ${kit.token(['admin'], 'admin-1', null)}`;
  });
  afterAll(() => kit.stop());

  const triage = (reference: string, department: string, auth = admin) =>
    kit.http.post(`/api/loket/reports/${reference}/triage`).set('Authorization', auth).send({ theme: '2.1.2', priority: 'normal', department }).expect(200);
  const resolve = (reference: string) =>
    kit.http.post(`/api/loket/reports/${reference}/resolution`).set('Authorization', `Bearer ${kit.token(['official'], 'ez-handler')}`).send({ outcome: 'explained', explanation: 'Dit is geen belemmering: de regeling staat het toe.' }).expect(200);
  const dashboard = async (auth: string, query: Record<string, string> = {}, status = 200) => (await kit.http.get('/api/loket/desk/dashboard').set('Authorization', auth).query(query).expect(status)).body;

  /**
   * Working days counted by hand (Mon 1 March 2027 is the day of receipt and never counts):
   * - A, answered Thu 11 March: Tue 2 … Fri 5 (4) + Mon 8 … Thu 11 (4) = 8;
   * - B, asked Wed 3, answered by the reporter Fri 5, resolved Fri 12 March: 9 − 3 paused days = 6;
   * so the week of 8 March: 2 answers, mean 7, p90 = 6 + 0.9 · (8 − 6) = 7.8.
   */
  it('gives a year of weekly figures per department: open, overdue, reopened, mean and p90 handling time', async () => {
    at('2027-03-01T09:00:00Z');
    const a = await kit.submit();
    const b = await kit.submit();
    const c = await kit.submit();
    const d = await kit.submit();
    for (const r of [a, b, c]) await triage(r.reference, 'EZ');
    await triage(d.reference, 'FIN');

    at('2027-03-03T09:00:00Z');
    await kit.http.post(`/api/loket/reports/${b.reference}/messages`).set('Authorization', admin).send({ body: 'Welke drone?' }).expect(201);
    at('2027-03-05T09:00:00Z');
    await kit.http.post(`/api/loket/reports/${b.reference}/messages`).query({ token: b.token }).send({ body: 'Een kleine.' }).expect(201);
    at('2027-03-11T09:00:00Z');
    await resolve(a.reference);
    at('2027-03-12T09:00:00Z');
    await resolve(b.reference);
    // A's reporter is not helped: reopened on Tuesday 6 April.
    at('2027-04-06T09:00:00Z');
    await kit.http.post(`/api/loket/reports/${a.reference}/satisfaction`).query({ token: a.token }).send({ helped: false, reason: 'Het antwoord gaat niet over mijn vraag.' }).expect(200);

    // The domain's own count (the ReportResolved events) agrees with the hand count above.
    const eventDays: { n: number }[] = await kit.dataSource.query(
      `SELECT (envelope->'payload'->>'handlingWorkingDays')::int AS n FROM outbox_messages WHERE envelope->'payload' ? 'handlingWorkingDays' ORDER BY position`,
    );
    expect(eventDays.map((e) => e.n)).toEqual([8, 6]);

    at('2027-06-02T10:00:00Z');
    const ez = await dashboard(`Bearer ${kit.token(['official'], 'ez-1', 'EZ')}`);
    expect(ez.department).toBe('EZ');
    const weeks = ez.weeks as Week[];
    expect(weeks).toHaveLength(52);
    expect(weeks.at(-1)!.week).toBe('2027-05-31');
    expect(weeks[0].week).toBe('2026-06-08');
    const week = (monday: string) => weeks.find((w) => w.week === monday)!;

    expect(week('2027-03-01')).toEqual({ week: '2027-03-01', open: 3, overdue: 0, reopened: 0, answered: 0, averageDays: null, p90Days: null });
    expect(week('2027-03-08')).toMatchObject({ open: 1, overdue: 0, reopened: 0, answered: 2, averageDays: 7 });
    expect(week('2027-03-08').p90Days).toBeCloseTo(7.8);
    expect(week('2027-03-08').p90Days).toBeCloseTo(percentileCont([8, 6], 0.9)!);
    expect(week('2027-04-05')).toMatchObject({ open: 2, reopened: 1, answered: 0 });
    // Now: C (40 working days from 1 March) and the reopened A (10 from 6 April) are both past due.
    expect(week('2027-05-31')).toMatchObject({ open: 2, overdue: 2, reopened: 0 });
    expect(weeks.reduce((n, w) => n + w.answered, 0)).toBe(2);
    expect(weeks.reduce((n, w) => n + w.reopened, 0)).toBe(1);
    // Before the first report nothing was open.
    expect(week('2027-02-22')).toMatchObject({ open: 0, overdue: 0 });

    // FIN sees only D; an admin picks a department, or sees all together.
    expect((await dashboard(`Bearer ${kit.token(['official'], 'fin-1', 'FIN')}`)).weeks.at(-1)).toMatchObject({ open: 1, answered: 0 });
    expect((await dashboard(admin, { department: 'FIN' })).weeks.at(-1)).toMatchObject({ open: 1 });
    const all = await dashboard(admin);
    expect(all.department).toBeNull();
    expect(all.weeks.at(-1)).toMatchObject({ open: 3 });
  });

  it('leaves reports closed before the year out of the dashboard without changing a week: a year on, only the still open ones count', async () => {
    // The reports of the test above, a year later: A (reopened in April 2027) and C are still open
    // and past due; B was resolved in March 2027, before this window, and is not read at all.
    at('2028-06-07T10:00:00Z');
    const weeks = (await dashboard(`Bearer ${kit.token(['official'], 'ez-1', 'EZ')}`)).weeks as Week[];
    expect([weeks[0].week, weeks.at(-1)!.week]).toEqual(['2027-06-14', '2028-06-05']);
    expect(weeks.map((w) => [w.open, w.overdue, w.answered, w.reopened])).toEqual(weeks.map(() => [2, 2, 0, 0]));
    // The column the filter reads: the moment of each report's last timeline entry.
    const rows: { status: string; since: string }[] = await kit.dataSource.query(
      `SELECT status, to_char(status_since AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS since FROM barrier_reports WHERE department = 'EZ' ORDER BY status_since`,
    );
    expect(rows).toEqual([
      { status: 'triaged', since: '2027-03-01' },
      { status: 'resolved', since: '2027-03-12' },
      { status: 'reopened', since: '2027-04-06' },
    ]);
  });

  it('refuses another department’s dashboard to an official, and the dashboard to officials without a department and to intake', async () => {
    const refused = await dashboard(`Bearer ${kit.token(['official'], 'ez-2', 'EZ')}`, { department: 'FIN' }, 403);
    expect(refused.code).toBe('LOKET.DASHBOARD_NOT_ALLOWED');
    await dashboard(`Bearer ${kit.token(['official'], 'nodept', null)}`, {}, 403);
    await dashboard(`Bearer ${kit.token(['intake'], 'intake-1', null)}`, {}, 403);
    await kit.http.get('/api/loket/desk/dashboard').expect(401);
    const bad = await dashboard(admin, { department: 'NOPE' }, 400);
    expect(bad.errors?.[0]?.field ?? bad.detail).toBeDefined();
  });

  it('bulk assigns each report on its own and names every one it could not assign, with why (nl and en)', async () => {
    kit.clock.reset();
    const official = `Bearer ${kit.token(['official'], 'ez-lead', 'EZ')}`;
    const one = await kit.submit();
    const two = await kit.submit();
    const inIntake = await kit.submit();
    const elsewhere = await kit.submit();
    await triage(one.reference, 'EZ');
    await triage(two.reference, 'EZ');
    await triage(elsewhere.reference, 'FIN');

    const res = await kit.http
      .post('/api/loket/desk/assignments')
      .set('Authorization', official)
      .send({ references: [one.reference, inIntake.reference, two.reference, elsewhere.reference, 'LKT-2020-999999'], handler: 'ez-colleague' })
      .expect(200);
    expect(res.body.assigned).toEqual([one.reference, two.reference]);
    expect(res.body.failed).toEqual([
      { reference: inIntake.reference, code: 'LOKET.NOT_TRIAGED_YET', status: 409, detail: expect.stringContaining('beoordeeld') },
      // Another department's report is as unknown to this official as a reference that does not exist.
      { reference: elsewhere.reference, code: 'LOKET.REPORT_NOT_FOUND', status: 404, detail: expect.any(String) },
      { reference: 'LKT-2020-999999', code: 'LOKET.REPORT_NOT_FOUND', status: 404, detail: expect.any(String) },
    ]);
    const rows: { reference: string; handler_id: string | null; status: string }[] = await kit.dataSource.query(
      `SELECT reference, handler_id, status FROM barrier_reports WHERE reference = ANY($1) ORDER BY reference`,
      [[one.reference, two.reference, inIntake.reference, elsewhere.reference]],
    );
    const handlerOf = Object.fromEntries(rows.map((r) => [r.reference, r.handler_id]));
    expect(handlerOf[one.reference]).toBe('ez-colleague');
    expect(handlerOf[two.reference]).toBe('ez-colleague');
    expect(handlerOf[inIntake.reference]).toBeNull();
    expect(handlerOf[elsewhere.reference]).not.toBe('ez-colleague');
    expect(rows.find((r) => r.reference === one.reference)!.status).toBe('triaged');
    // Each assignment is told (ReportTriaged with the new handler) and audited; the refused ones are not.
    const told: { n: number }[] = await kit.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox_messages WHERE envelope->'payload'->>'handlerId' = 'ez-colleague'`,
    );
    expect(told[0].n).toBe(2);
    const audited: { n: number }[] = await kit.dataSource.query(`SELECT count(*)::int AS n FROM report_audit_log WHERE details->>'handler' = 'ez-colleague'`);
    expect(audited[0].n).toBe(2);

    // In English on request.
    const en = await kit.http.post('/api/loket/desk/assignments').set('Authorization', official).set('Accept-Language', 'en').send({ references: [inIntake.reference], handler: 'x' }).expect(200);
    expect(en.body.failed[0].detail).toContain('triaged');

    // "My reports": the colleague's queue narrowed to them.
    const mine = await kit.http.get('/api/loket/reports').set('Authorization', `Bearer ${kit.token(['official'], 'ez-colleague', 'EZ')}`).query({ mine: 'true' }).expect(200);
    expect(mine.body.items.map((i: { reference: string }) => i.reference).sort()).toEqual([one.reference, two.reference].sort());
    const notMine = await kit.http.get('/api/loket/reports').set('Authorization', official).query({ mine: 'true' }).expect(200);
    expect(notMine.body.total).toBe(0);

    // Bad input: a problem per field, nothing assigned.
    const bad = await kit.http.post('/api/loket/desk/assignments').set('Authorization', official).send({ references: [], handler: 'a@b' }).expect(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['handler', 'references']);
  });

  it('keeps saved filters per official: save, replace by name, list, delete, and a limit', async () => {
    const me = `Bearer ${kit.token(['official'], 'filter-owner', 'EZ')}`;
    const other = `Bearer ${kit.token(['official'], 'someone-else', 'EZ')}`;
    const saved = (await kit.http.post('/api/loket/desk/filters').set('Authorization', me).send({ name: 'Mijn AI', filters: { technology: 'ai', mine: 'true', q: '' } }).expect(201)).body;
    expect(saved).toMatchObject({ name: 'Mijn AI', filters: { technology: 'ai', mine: 'true' } });
    expect(saved.filters).not.toHaveProperty('q');
    const replaced = (await kit.http.post('/api/loket/desk/filters').set('Authorization', me).send({ name: 'Mijn AI', filters: { overdue: 'true' } }).expect(201)).body;
    expect(replaced.id).toBe(saved.id);
    const list = (await kit.http.get('/api/loket/desk/filters').set('Authorization', me).expect(200)).body.items;
    expect(list).toEqual([{ id: saved.id, name: 'Mijn AI', filters: { overdue: 'true' }, savedAt: expect.any(String) }]);
    expect((await kit.http.get('/api/loket/desk/filters').set('Authorization', other).expect(200)).body.items).toEqual([]);

    // Another official cannot delete it (the same 404 as an unknown id).
    await kit.http.delete(`/api/loket/desk/filters/${saved.id}`).set('Authorization', other).expect(404);
    await kit.http.delete(`/api/loket/desk/filters/${saved.id}`).set('Authorization', me).expect(204);
    await kit.http.delete(`/api/loket/desk/filters/${saved.id}`).set('Authorization', me).expect(404);
    await kit.http.delete(`/api/loket/desk/filters/not-a-uuid`).set('Authorization', me).expect(400);

    const bad = await kit.http.post('/api/loket/desk/filters').set('Authorization', me).send({ name: '', filters: { status: 'nope' } }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['filters.status', 'name']);
    // A name of white space only would be stored empty after trimming (schemathesis: "\t" answered 500).
    const blank = await kit.http.post('/api/loket/desk/filters').set('Authorization', me).set('Accept-Language', 'en').send({ name: '\t ', filters: {} }).expect(400);
    expect(blank.body.errors).toEqual([expect.objectContaining({ field: 'name', message: 'Enter more than spaces here.' })]);

    for (let i = 0; i < 20; i++) await kit.http.post('/api/loket/desk/filters').set('Authorization', me).send({ name: `F${i}`, filters: {} }).expect(201);
    const tooMany = await kit.http.post('/api/loket/desk/filters').set('Authorization', me).send({ name: 'F20', filters: {} }).expect(422);
    expect(tooMany.body.code).toBe('LOKET.TOO_MANY_SAVED_FILTERS');
    // Replacing one by its name is no new filter.
    await kit.http.post('/api/loket/desk/filters').set('Authorization', me).send({ name: 'F3', filters: { theme: '2.1.2' } }).expect(201);
  });
});
