import { aReportRequest } from '../factories/report-request.factory';
import { LoketTestKit, uniqueEmail } from '../support/loket-test-kit';

interface AuditItem {
  at: string;
  actor: { role: string; id: string };
  action: string;
  details: Record<string, string>;
}

/**
 * The audit log against the real PostgreSQL: every read of a reporter's contact details and
 * every staff action leaves a row (who, when, what, which report) in the same transaction as the
 * action; an admin reads it per report; it holds no personal data of the reporter.
 */
describe('audit log of reports (real PostgreSQL and Kafka)', () => {
  const kit = new LoketTestKit();
  const officialId = 'official-ez-7c1d';
  let official: string;
  let admin: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    await kit.start();
    await kit.publishStrategy();
    official = kit.token(['official'], officialId, 'EZ');
    admin = kit.token(['admin'], 'admin-3b9e', null);
  });
  afterAll(() => kit.stop());

  const submit = async (email = uniqueEmail()) => (await kit.http.post('/api/loket/reports').send(aReportRequest({ contact: { name: 'Anna de Vries', email, phone: '+31 6 12345678' } })).expect(201)).body.reference as string;
  const auditOf = async (reference: string, query: Record<string, unknown> = {}) =>
    (await kit.http.get(`/api/loket/reports/${reference}/audit`).set(auth(admin)).query(query).expect(200)).body as { reference: string; items: AuditItem[]; total: number; page: number; pageSize: number };
  const auditRows = async () => (await kit.dataSource.query(`SELECT count(*)::int AS n FROM report_audit_log`))[0].n as number;

  it('records a read of the contact details and every action, with who, when and what, and no personal data', async () => {
    const email = uniqueEmail('audit');
    const reference = await submit(email);
    const other = await submit();
    const started = Date.now();
    const post = (path: string, body: object) => kit.http.post(`/api/loket/reports/${reference}/${path}`).set(auth(official)).send(body);

    const view = await kit.http.get(`/api/loket/reports/${reference}`).set(auth(official)).expect(200);
    expect(view.body.contact).toMatchObject({ email, name: 'Anna de Vries' });
    await post('triage', { theme: '2.1.2', priority: 'high', department: 'EZ' }).expect(200);
    await post('status', { status: 'in_progress' }).expect(200);
    await post('messages', { body: 'Vraag aan Anna: welke drone gebruikt u?' }).expect(201);
    await post('messages', { body: 'Notitie: Anna belde, zie 06-87654321.', internal: true }).expect(201);
    await post('resolution', { outcome: 'guidance', explanation: 'Zie de handreiking voor Anna de Vries.' }).expect(200);
    await kit.http.post(`/api/loket/reports/${other}/duplicate-of`).set(auth(official)).send({ originalReference: reference }).expect(200);

    const trail = await auditOf(reference);
    expect(trail).toMatchObject({ reference, total: 6, page: 1, pageSize: 50 });
    expect(trail.items.map((i) => [i.action, i.details])).toEqual([
      ['contact-details-read', {}],
      ['triage', { department: 'EZ', theme: '2.1.2', priority: 'high' }],
      ['status', { status: 'in_progress' }],
      ['message', {}],
      ['note', {}],
      ['resolution', { outcome: 'guidance' }],
    ]);
    for (const item of trail.items) {
      expect(item.actor).toEqual({ role: 'official', id: officialId });
      expect(Date.parse(item.at)).toBeGreaterThanOrEqual(started - 1000);
      expect(Date.parse(item.at)).toBeLessThanOrEqual(Date.now() + 1000);
    }
    expect([...trail.items.map((i) => i.at)].sort()).toEqual(trail.items.map((i) => i.at));
    expect((await auditOf(other)).items.map((i) => [i.action, i.details])).toEqual([['duplicate', { originalReference: reference }]]);

    // Neither the answer nor the table holds anything of the reporter or anything typed.
    const stored = JSON.stringify(await kit.dataSource.query(`SELECT * FROM report_audit_log`));
    for (const text of [JSON.stringify(trail), stored]) {
      for (const personal of [email, 'Anna', 'de Vries', '12345678', '87654321', 'Windwacht', 'welke drone', 'handreiking']) expect(text).not.toContain(personal);
    }
  });

  it('records reads and actions of intake and admin with their role; not the reporter’s own view or reply', async () => {
    const email = uniqueEmail('eigen');
    const reference = await submit(email);
    const intake = kit.token(['intake'], 'intake-55aa', null);
    await kit.http.get(`/api/loket/reports/${reference}`).set(auth(intake)).expect(200);
    await kit.http.post(`/api/loket/reports/${reference}/triage`).set(auth(intake)).send({ theme: '2.1.2', priority: 'low', department: 'BZK' }).expect(200);
    await kit.http.get(`/api/loket/reports/${reference}`).set(auth(admin)).expect(200);
    const mail = await kit.mailTo(email, (m) => m.subject.includes(reference));
    const token = decodeURIComponent(/token=([A-Za-z0-9_%-]+)/.exec(mail.text)![1]);
    await kit.http.get(`/api/loket/reports/${reference}`).query({ token }).expect(200);
    await kit.http.post(`/api/loket/reports/${reference}/messages`).query({ token }).send({ body: 'Aanvulling van de melder.' }).expect(201);
    expect((await auditOf(reference)).items.map((i) => [i.actor.role, i.actor.id, i.action])).toEqual([
      ['intake', 'intake-55aa', 'contact-details-read'],
      ['intake', 'intake-55aa', 'triage'],
      ['admin', 'admin-3b9e', 'contact-details-read'],
    ]);
  });

  it('writes nothing for an action that was refused', async () => {
    const reference = await submit();
    const before = await auditRows();
    await kit.http.post(`/api/loket/reports/${reference}/status`).set(auth(official)).send({ status: 'in_progress' }).expect(409);
    await kit.http.post(`/api/loket/reports/${reference}/triage`).set(auth(official)).send({ theme: '9.9', priority: 'low', department: 'EZ' }).expect(422);
    await kit.http.post(`/api/loket/reports/${reference}/triage`).set(auth(kit.token(['official'], 'official-bzk', 'BZK'))).send({ theme: '2.1.2', priority: 'low', department: 'BZK' }).expect(200);
    await kit.http.get(`/api/loket/reports/${reference}`).set(auth(official)).expect(404);
    await kit.http.post(`/api/loket/reports/${reference}/messages`).set(auth(official)).send({ body: 'Mag dit?', internal: true }).expect(404);
    expect(await auditRows()).toBe(before + 1);
  });

  it('keeps the action and its audit row in one transaction: when the row cannot be written, the action is undone and no contact details are served', async () => {
    const reference = await submit();
    const messagesOf = async () => (await kit.dataSource.query(`SELECT count(*)::int AS n FROM report_messages m JOIN barrier_reports r ON r.id = m.report_id WHERE r.reference = $1`, [reference]))[0].n;
    // Make the audit table refuse new rows of these kinds (NOT VALID: the rows already there stay; this file has a database of its own).
    await kit.dataSource.query(`ALTER TABLE report_audit_log ADD CONSTRAINT refuse_for_test CHECK (action NOT IN ('note', 'contact-details-read', 'triage')) NOT VALID`);
    try {
      const note = await kit.http.post(`/api/loket/reports/${reference}/messages`).set(auth(official)).send({ body: 'Deze notitie mag niet blijven.', internal: true });
      expect(note.status).toBe(500);
      expect(await messagesOf()).toBe(0);
      const triage = await kit.http.post(`/api/loket/reports/${reference}/triage`).set(auth(official)).send({ theme: '2.1.2', priority: 'low', department: 'EZ' });
      expect(triage.status).toBe(500);
      expect((await kit.dataSource.query(`SELECT status, department FROM barrier_reports WHERE reference = $1`, [reference]))[0]).toEqual({ status: 'received', department: null });
      const read = await kit.http.get(`/api/loket/reports/${reference}`).set(auth(official));
      expect(read.status).toBe(500);
      expect(read.text).not.toContain('@example.nl');
      expect(read.text).not.toMatch(/report_audit_log|refuse_for_test|INSERT/);
    } finally {
      await kit.dataSource.query(`ALTER TABLE report_audit_log DROP CONSTRAINT refuse_for_test`);
    }
    await kit.http.post(`/api/loket/reports/${reference}/messages`).set(auth(official)).send({ body: 'Nu wel.', internal: true }).expect(201);
    expect(await messagesOf()).toBe(1);
  });

  it('is append-only: the database refuses to change or remove a row', async () => {
    const reference = await submit();
    await kit.http.get(`/api/loket/reports/${reference}`).set(auth(official)).expect(200);
    await expect(kit.dataSource.query(`UPDATE report_audit_log SET actor_id = 'someone-else'`)).rejects.toThrow(/append-only/);
    await expect(kit.dataSource.query(`DELETE FROM report_audit_log`)).rejects.toThrow(/append-only/);
    expect((await auditOf(reference)).items).toHaveLength(1);
  });

  // Issue 10 item 8 changed this test: officials and intake read the trail of the reports they may reach.
  it('is readable by admins, and by officials and intake within their scope: 401 without a token, 403 for other roles, 404 for an unknown report or one out of scope; paged', async () => {
    const reference = await submit();
    for (let i = 0; i < 3; i++) await kit.http.get(`/api/loket/reports/${reference}`).set(auth(official)).expect(200);
    const path = `/api/loket/reports/${reference}/audit`;
    const anonymous = await kit.http.get(path).expect(401);
    expect(anonymous.headers['content-type']).toContain('application/problem+json');
    for (const roles of [['moderator'], ['coordinator']] as const) {
      await kit.http.get(path).set(auth(kit.token([...roles], 'someone', 'EZ'))).expect(403);
    }
    // Untriaged: in the intake queue, which every official reaches.
    for (const roles of [['official'], ['intake'], ['official', 'intake']] as const) {
      await kit.http.get(path).set(auth(kit.token([...roles], 'someone', 'EZ'))).expect(200);
    }
    await kit.http.post(`/api/loket/reports/${reference}/triage`).set(auth(official)).send({ theme: '2.1.2', priority: 'low', department: 'EZ' }).expect(200);
    await kit.http.get(path).set(auth(kit.token(['official'], 'someone', 'IenW'))).expect(404);
    await kit.http.get('/api/loket/reports/LKT-1999-999999/audit').set(auth(admin)).expect(404);
    const page2 = await auditOf(reference, { page: 2, pageSize: 2 });
    expect(page2).toMatchObject({ total: 4, page: 2, pageSize: 2 });
    expect(page2.items).toHaveLength(2);
    const bad = await kit.http.get(path).set(auth(admin)).query({ pageSize: 101, page: 0 }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['page', 'pageSize']);
  });
});
