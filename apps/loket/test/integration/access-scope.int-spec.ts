import { aReportRequest } from '../factories/report-request.factory';
import { LoketTestKit } from '../support/loket-test-kit';

/**
 * Who sees which report, against the real PostgreSQL: an official the intake queue (not yet
 * triaged) and their own department's reports; another department's report is the 404 of an
 * unknown reference, on every read and every action, and absent from the queue and its counts.
 * Intake and admin reach every report.
 */
describe('department scoping of reports (real PostgreSQL and Kafka)', () => {
  const kit = new LoketTestKit();
  const bearer = (token: string) => `Bearer ${token}`;
  let ez: string;
  let bzk: string;
  let noDepartment: string;
  let intake: string;
  let admin: string;
  /** Triaged to BZK, to EZ, and one still in the intake queue (received in that order). */
  let ofBzk: string;
  let ofEz: string;
  let untriaged: string;
  let unknownAnswer: Record<string, unknown>;

  const submit = async () => (await kit.http.post('/api/loket/reports').send(aReportRequest()).expect(201)).body.reference as string;
  const triage = (reference: string, token: string, department: string) =>
    kit.http.post(`/api/loket/reports/${reference}/triage`).set('Authorization', bearer(token)).send({ theme: '2.1.2', priority: 'normal', department });
  const queue = async (token: string, query: Record<string, unknown> = {}) =>
    (await kit.http.get('/api/loket/reports').set('Authorization', bearer(token)).query({ pageSize: 100, ...query }).expect(200)).body as {
      items: { reference: string }[];
      total: number;
      overdueCount: number;
    };
  const refs = (page: { items: { reference: string }[] }) => page.items.map((i) => i.reference).sort();
  /** The problem without what differs per request. */
  const strip = (body: Record<string, unknown>) => ({ ...body, instance: undefined, correlationId: undefined });
  const row = async (reference: string) =>
    (await kit.dataSource.query(`SELECT status, department, version, theme FROM barrier_reports WHERE reference = $1`, [reference]))[0] as Record<string, unknown>;

  beforeAll(async () => {
    await kit.start();
    await kit.publishStrategy();
    ez = kit.token(['official'], 'official-ez', 'EZ');
    bzk = kit.token(['official'], 'official-bzk', 'BZK');
    noDepartment = kit.token(['official'], 'official-none', null);
    intake = kit.token(['intake'], 'intake-1', null);
    admin = kit.token(['admin'], 'admin-1', null);
    ofBzk = await submit();
    ofEz = await submit();
    untriaged = await submit();
    await triage(ofBzk, intake, 'BZK').expect(200);
    await triage(ofEz, intake, 'EZ').expect(200);
    unknownAnswer = strip((await kit.http.get('/api/loket/reports/LKT-1999-999999').set('Authorization', bearer(ez)).expect(404)).body);
  });
  afterAll(() => kit.stop());

  it("answers another department's report with the 404 of an unknown reference on the read and on every action, and changes nothing", async () => {
    const before = await row(ofBzk);
    const [{ n: auditBefore }] = await kit.dataSource.query(`SELECT count(*)::int AS n FROM report_audit_log`);
    const path = `/api/loket/reports/${ofBzk}`;
    const attempts: Array<[string, () => ReturnType<typeof kit.http.get>]> = [
      ['read', () => kit.http.get(path)],
      ['triage', () => kit.http.post(`${path}/triage`).send({ theme: '2.1.2', priority: 'high', department: 'EZ' })],
      ['status', () => kit.http.post(`${path}/status`).send({ status: 'in_progress' })],
      ['question', () => kit.http.post(`${path}/messages`).send({ body: 'Mag ik iets vragen?', internal: false })],
      ['note', () => kit.http.post(`${path}/messages`).send({ body: 'Notitie van EZ.', internal: true })],
      ['duplicate', () => kit.http.post(`${path}/duplicate-of`).send({ originalReference: ofEz })],
      ['resolution', () => kit.http.post(`${path}/resolution`).send({ outcome: 'explained', explanation: 'Er is geen belemmering.' })],
      ['rejection', () => kit.http.post(`${path}/resolution`).send({ outcome: 'not-admissible', explanation: 'Niet ontvankelijk.' })],
    ];
    for (const [what, attempt] of attempts) {
      const res = await attempt().set('Authorization', bearer(ez));
      expect([what, res.status, res.headers['content-type']]).toEqual([what, 404, expect.stringContaining('application/problem+json')]);
      expect([what, strip(res.body)]).toEqual([what, unknownAnswer]);
    }
    expect(await row(ofBzk)).toEqual(before);
    const [{ n: messages }] = await kit.dataSource.query(`SELECT count(*)::int AS n FROM report_messages m JOIN barrier_reports r ON r.id = m.report_id WHERE r.reference = $1`, [ofBzk]);
    expect(messages).toBe(0);
    const [{ n: auditAfter }] = await kit.dataSource.query(`SELECT count(*)::int AS n FROM report_audit_log`);
    expect(auditAfter).toBe(auditBefore);
    // Its own department reads it.
    await kit.http.get(path).set('Authorization', bearer(bzk)).expect(200);
  });

  it("refuses another department's report as an original like an unknown one", async () => {
    const fresh = await submit();
    const hidden = await kit.http.post(`/api/loket/reports/${fresh}/duplicate-of`).set('Authorization', bearer(ez)).send({ originalReference: ofBzk }).expect(422);
    const unknown = await kit.http.post(`/api/loket/reports/${fresh}/duplicate-of`).set('Authorization', bearer(ez)).send({ originalReference: 'LKT-1999-999999' }).expect(422);
    expect(strip(hidden.body)).toEqual(strip(unknown.body));
    expect((await row(fresh)).status).toBe('received');
  });

  it('leaves it out of the queue, its total and its overdue count (the filter is in SQL)', async () => {
    expect(refs(await queue(ez))).toEqual(expect.arrayContaining([ofEz, untriaged].sort()));
    expect(refs(await queue(ez))).not.toContain(ofBzk);
    expect(refs(await queue(bzk))).toContain(ofBzk);
    expect(refs(await queue(bzk))).not.toContain(ofEz);
    expect(await queue(ez, { department: 'BZK' })).toMatchObject({ total: 0, items: [] });
    expect(await queue(ez, { status: 'triaged' })).toMatchObject({ total: 1, items: [{ reference: ofEz }] });

    // Fifty working days on every open report is overdue: each counts only what it may see.
    const open = (await kit.dataSource.query(`SELECT department FROM barrier_reports WHERE status NOT IN ('resolved','duplicate','rejected','waiting_for_reporter')`)) as { department: string | null }[];
    const expected = (department: string | null) => open.filter((r) => r.department === null || r.department === department).length;
    expect(expected('EZ')).toBeGreaterThan(0);
    kit.clock.travelTo(new Date(Date.now() + 100 * 24 * 3600 * 1000));
    try {
      const asEz = await queue(ez);
      const asBzk = await queue(bzk);
      const asIntake = await queue(intake);
      expect([asEz.total, asEz.overdueCount]).toEqual([expected('EZ'), expected('EZ')]);
      expect([asBzk.total, asBzk.overdueCount]).toEqual([expected('BZK'), expected('BZK')]);
      expect([asIntake.total, asIntake.overdueCount]).toEqual([open.length, open.length]);
      expect(asIntake.total).toBeGreaterThan(asEz.total);
      expect((await queue(ez, { overdue: 'true', pageSize: 1 })).total).toBe(expected('EZ'));
    } finally {
      kit.clock.reset();
    }
  });

  it('shows the intake queue to every official, also one without a department, who sees nothing else', async () => {
    for (const token of [ez, bzk, noDepartment]) {
      expect(refs(await queue(token))).toContain(untriaged);
      await kit.http.get(`/api/loket/reports/${untriaged}`).set('Authorization', bearer(token)).expect(200);
    }
    const none = await queue(noDepartment);
    expect(none.items.length).toBeGreaterThan(0);
    const departments = (await kit.dataSource.query(`SELECT DISTINCT department FROM barrier_reports WHERE reference = ANY($1)`, [refs(none)])) as { department: string | null }[];
    expect(departments).toEqual([{ department: null }]);
    await kit.http.get(`/api/loket/reports/${ofEz}`).set('Authorization', bearer(noDepartment)).expect(404);

    // Triage hands a report on: once it belongs to EZ, the official without a department loses it.
    const handedOn = await submit();
    await triage(handedOn, noDepartment, 'EZ').expect(200, { status: 'triaged' });
    await kit.http.get(`/api/loket/reports/${handedOn}`).set('Authorization', bearer(noDepartment)).expect(404);
    await kit.http.get(`/api/loket/reports/${handedOn}`).set('Authorization', bearer(ez)).expect(200);
  });

  it('keeps a report asked about at intake (waiting for the reporter, no department) in every official’s reach', async () => {
    const asked = await submit();
    const question = await kit.http.post(`/api/loket/reports/${asked}/messages`).set('Authorization', bearer(ez)).send({ body: 'Welke drone gebruikt u?' }).expect(201);
    expect(question.body.status).toBe('waiting_for_reporter');
    const view = await kit.http.get(`/api/loket/reports/${asked}`).set('Authorization', bearer(bzk)).expect(200);
    expect(view.body).toMatchObject({ status: 'waiting_for_reporter', department: null });
  });

  it('suggests as possible duplicates only reports the official may open', async () => {
    // Every report here has the same text: each earlier one is a candidate.
    const asEz = (await kit.http.get(`/api/loket/reports/${untriaged}`).set('Authorization', bearer(ez)).expect(200)).body.possibleDuplicates.map((d: { reference: string }) => d.reference);
    const asIntake = (await kit.http.get(`/api/loket/reports/${untriaged}`).set('Authorization', bearer(intake)).expect(200)).body.possibleDuplicates.map((d: { reference: string }) => d.reference);
    expect(asIntake).toEqual(expect.arrayContaining([ofBzk, ofEz]));
    expect(asEz).toContain(ofEz);
    expect(asEz).not.toContain(ofBzk);
  });

  it('lets intake and admin read and act on every department’s reports; intake leaves the outcome to the department', async () => {
    for (const token of [intake, admin]) {
      expect(refs(await queue(token))).toEqual(expect.arrayContaining([ofBzk, ofEz, untriaged]));
      for (const reference of [ofBzk, ofEz, untriaged]) await kit.http.get(`/api/loket/reports/${reference}`).set('Authorization', bearer(token)).expect(200);
    }
    const a = await submit();
    const b = await submit();
    await triage(a, intake, 'VWS').expect(200);
    await triage(a, intake, 'FIN').expect(200, { status: 'triaged' });
    await kit.http.post(`/api/loket/reports/${a}/messages`).set('Authorization', bearer(intake)).send({ body: 'Doorgezet naar FIN.', internal: true }).expect(201);
    await kit.http.post(`/api/loket/reports/${b}/duplicate-of`).set('Authorization', bearer(intake)).send({ originalReference: a }).expect(200, { status: 'duplicate', originalReference: a });

    // Intake may not start handling, nor answer on substance; turning away is allowed.
    await kit.http.post(`/api/loket/reports/${a}/status`).set('Authorization', bearer(intake)).send({ status: 'in_progress' }).expect(403);
    const refused = await kit.http.post(`/api/loket/reports/${a}/resolution`).set('Authorization', bearer(intake)).send({ outcome: 'explained', explanation: 'Er is geen belemmering.' }).expect(403);
    expect(refused.body).toMatchObject({ code: 'LOKET.OUTCOME_IS_THE_DEPARTMENTS', detail: expect.stringContaining('niet ontvankelijk') });
    expect((await row(a)).status).toBe('triaged');
    await kit.http.post(`/api/loket/reports/${a}/status`).set('Authorization', bearer(admin)).send({ status: 'in_progress' }).expect(200, { status: 'in_progress' });
    await kit.http.post(`/api/loket/reports/${a}/resolution`).set('Authorization', bearer(admin)).send({ outcome: 'explained', explanation: 'Er is geen belemmering.' }).expect(200);

    const c = await submit();
    await triage(c, intake, 'BZK').expect(200);
    await kit.http.post(`/api/loket/reports/${c}/resolution`).set('Authorization', bearer(intake)).send({ outcome: 'not-admissible', explanation: 'Dit gaat niet over regelgeving.' }).expect(200, { status: 'rejected', outcome: 'not-admissible' });
  });
});
