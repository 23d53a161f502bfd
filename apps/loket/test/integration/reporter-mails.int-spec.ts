import { RetentionPruner } from '@pb/persistence';
import { waitFor } from '@pb/testing';
import { aReportRequest } from '../factories/report-request.factory';
import { LoketTestKit, Mail, uniqueEmail } from '../support/loket-test-kit';

const LINK = /http:\/\/portal\.test\/meldingen\/(LKT-\d{4}-\d{6})\?token=([A-Za-z0-9_%-]+)/;
const DAY = 86_400_000;

/**
 * Issue 10 items 4 and 5 against the real PostgreSQL, Kafka and MailDev: a mail on every change
 * that concerns the reporter, each with a link of its own that opens their report (fetched here
 * through the loket API exactly as the portal does), in the language of their form; and the
 * satisfaction question after resolution, whose "no" reopens the report to its handler.
 */
describe('mails to the reporter and reopening (real PostgreSQL, Kafka and MailDev)', () => {
  const kit = new LoketTestKit();
  let auth: string;

  beforeAll(async () => {
    await kit.start();
    await kit.publishStrategy();
    auth = `Bearer ${kit.token(['official'], 'behandelaar-mails')}`;
  });
  afterAll(() => kit.stop());

  const post = (reference: string, path: string, body: object) => kit.http.post(`/api/loket/reports/${reference}/${path}`).set('Authorization', auth).send(body);
  const judge = (reference: string, token: string, body: object) => kit.http.post(`/api/loket/reports/${reference}/satisfaction`).query({ token }).send(body);
  const triage = (reference: string) => post(reference, 'triage', { theme: '2.1.2', priority: 'normal', department: 'EZ' }).expect(200);
  const resolve = (reference: string) => post(reference, 'resolution', { outcome: 'guidance', explanation: 'Zie de handreiking bij artikel 3.' }).expect(200);

  /** The link in the mail: it must open the reporter's page of this very report. Returns its token. */
  async function opensReport(mail: Mail, reference: string, status: string): Promise<string> {
    const match = LINK.exec(mail.text);
    if (!match) throw new Error(`no link in mail "${mail.subject}": ${mail.text}`);
    expect(match[1]).toBe(reference);
    const token = decodeURIComponent(match[2]);
    const view = await kit.http.get(`/api/loket/reports/${reference}`).query({ token }).expect(200);
    expect(view.body).toMatchObject({ reference, status });
    return token;
  }

  it('mails on receipt, triage, handling and a question — each link its own, each opening the report', async () => {
    const { reference, email, token: ackToken } = await kit.submit();
    const ack = await kit.mailTo(email, (m) => m.subject === `Ontvangstbevestiging melding ${reference}`);
    expect(await opensReport(ack, reference, 'received')).toBe(ackToken);

    await triage(reference);
    const triaged = await kit.mailTo(email, (m) => m.subject === `Uw melding ${reference} is beoordeeld`);
    const triagedToken = await opensReport(triaged, reference, 'triaged');

    await post(reference, 'status', { status: 'in_progress' }).expect(200);
    const handling = await kit.mailTo(email, (m) => m.subject === `Uw melding ${reference} is in behandeling`);
    const handlingToken = await opensReport(handling, reference, 'in_progress');

    await post(reference, 'messages', { body: 'Om welke vlieghoogte gaat het precies?' }).expect(201);
    const question = await kit.mailTo(email, (m) => m.subject === `Vraag over uw melding ${reference}`);
    expect(question.text).toContain('Om welke vlieghoogte gaat het precies?');
    const questionToken = await opensReport(question, reference, 'waiting_for_reporter');
    // The question's link is the one to answer with.
    await kit.http.post(`/api/loket/reports/${reference}/messages`).query({ token: questionToken }).send({ body: 'Onder de 120 meter.' }).expect(201);

    expect(new Set([ackToken, triagedToken, handlingToken, questionToken]).size).toBe(4);
    // Only keyed hashes are kept, each with its expiry (LOKET_TRACKING_LINK_TTL_DAYS after issue).
    const rows: { token_hash: string; issued_at: Date; expires_at: Date }[] = await kit.dataSource.query(
      `SELECT token_hash, issued_at, expires_at FROM report_tracking_links WHERE report_id = $1`,
      [await kit.reportId(reference)],
    );
    expect(rows).toHaveLength(3);
    for (const r of rows) {
      expect(r.token_hash).toMatch(/^[0-9a-f]{64}$/);
      expect([triagedToken, handlingToken, questionToken].some((t) => r.token_hash.includes(t))).toBe(false);
      expect(r.expires_at.getTime() - r.issued_at.getTime()).toBe(kit.env.LOKET_TRACKING_LINK_TTL_DAYS * DAY);
    }
    // A re-assignment is no news for the reporter: no second "beoordeeld" mail.
    await triage(reference);
    await new Promise((r) => setTimeout(r, 1500));
    expect((await kit.mails(email)).filter((m) => m.subject.endsWith('is beoordeeld'))).toHaveLength(1);
  });

  it('mails a linked duplicate, and later the outcome of its original, with links that open the duplicate', async () => {
    const original = await kit.submit();
    const duplicate = await kit.submit();
    await triage(original.reference);
    await post(duplicate.reference, 'duplicate-of', { originalReference: original.reference }).expect(200);
    const linked = await kit.mailTo(duplicate.email, (m) => m.subject === `Uw melding ${duplicate.reference} is gekoppeld`);
    expect(linked.text).toContain(original.reference);
    await opensReport(linked, duplicate.reference, 'duplicate');

    await resolve(original.reference);
    const viaOriginal = await kit.mailTo(duplicate.email, (m) => m.subject === `Uitkomst melding ${duplicate.reference}`);
    expect(viaOriginal.text).toContain(`gekoppeld aan melding ${original.reference}`);
    expect(viaOriginal.text).not.toContain('geholpen');
    const view = await kit.http.get(`/api/loket/reports/${duplicate.reference}`).query({ token: await opensReport(viaOriginal, duplicate.reference, 'duplicate') }).expect(200);
    expect(view.body.original).toMatchObject({ reference: original.reference, status: 'resolved', outcome: { outcome: 'guidance' } });
    expect(view.body.satisfactionAsked).toBe(false);
  });

  it('mails the outcome with the satisfaction question; "no, because…" reopens it to its handler with its own deadline, mailed and on Kafka', async () => {
    const { reference, email } = await kit.submit();
    await triage(reference);
    await resolve(reference);
    const outcome = await kit.mailTo(email, (m) => m.subject === `Uitkomst melding ${reference}`);
    expect(outcome.text).toContain('Uitkomst: Handreiking gegeven');
    expect(outcome.text).toContain('Heeft dit antwoord u geholpen?');
    const token = await opensReport(outcome, reference, 'resolved');
    expect((await kit.http.get(`/api/loket/reports/${reference}`).query({ token })).body).toMatchObject({ satisfactionAsked: true, reopenCount: 0 });

    // "No" without a reason is refused field by field.
    const missing = await judge(reference, token, { helped: false }).expect(400);
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toEqual(['reason']);

    const res = await judge(reference, token, { helped: false, reason: 'De handreiking gaat over drones boven land, niet boven zee.' }).expect(200);
    expect(res.body).toEqual({ status: 'reopened' });
    const reopened = await kit.mailTo(email, (m) => m.subject === `Uw melding ${reference} is heropend`);
    await opensReport(reopened, reference, 'reopened');

    // The handler sees it again: in their queue as reopened, the reason among the messages.
    const official = await kit.http.get(`/api/loket/reports/${reference}`).set('Authorization', auth).expect(200);
    expect(official.body.status).toBe('reopened');
    expect(official.body.handler).toBe('behandelaar-mails');
    expect(official.body.messages.map((m: { body: string }) => m.body)).toContain('De handreiking gaat over drones boven land, niet boven zee.');
    const queue = await kit.http.get('/api/loket/reports').query({ status: 'reopened', pageSize: 100 }).set('Authorization', auth).expect(200);
    const row = queue.body.items.find((i: { reference: string }) => i.reference === reference);
    expect(row).toMatchObject({ status: 'reopened', deadlines: { answerBy: official.body.deadlines.answerBy } });
    const open = await kit.http.get('/api/loket/reports').query({ pageSize: 100 }).set('Authorization', auth).expect(200);
    expect(open.body.items.map((i: { reference: string }) => i.reference)).toContain(reference);

    // A second judgement of the same answer is not possible: the report is no longer resolved.
    await judge(reference, token, { helped: true }).expect(409);

    const id = await kit.reportId(reference);
    const events = await waitFor(async () => kit.eventsOf(id), (es) => es.some((e) => e.type === 'loket.BarrierReopened'), { what: 'reopen events' });
    const tail = events.slice(-3).map((e) => ({ type: e.type, version: (e as unknown as { version: number }).version, payload: e.payload }));
    expect(tail).toEqual([
      { type: 'loket.BarrierSatisfactionGiven', version: 1, payload: { reportId: id, satisfied: false, outcome: 'guidance', round: 1 } },
      { type: 'loket.BarrierStatusChanged', version: 2, payload: { reportId: id, from: 'resolved', to: 'reopened', answerBy: official.body.deadlines.answerBy } },
      { type: 'loket.BarrierReopened', version: 1, payload: { reportId: id, reopenCount: 1, answerBy: official.body.deadlines.answerBy } },
    ]);
    // No personal data in any of them: not the reason, not the address.
    expect(JSON.stringify(events)).not.toMatch(/drones boven land|example\.nl/);
    // The transitions v1 can express stay v1 (the review reads v1).
    expect(events.filter((e) => e.type === 'loket.BarrierStatusChanged' && (e as unknown as { version: number }).version === 1).map((e) => e.payload.to)).toEqual(['triaged', 'resolved']);
  });

  it('"yes, it helped" closes the report for good: still in the register, out of the queue, a v2 status event', async () => {
    const { reference, email } = await kit.submit();
    await triage(reference);
    await resolve(reference);
    const token = await opensReport(await kit.mailTo(email, (m) => m.subject === `Uitkomst melding ${reference}`), reference, 'resolved');
    expect((await judge(reference, token, { helped: true }).expect(200)).body).toEqual({ status: 'closed' });
    await judge(reference, token, { helped: false, reason: 'Toch niet.' }).expect(409);
    const all = await kit.http.get('/api/loket/reports').query({ pageSize: 100 }).set('Authorization', auth).expect(200);
    expect(all.body.items.map((i: { reference: string }) => i.reference)).not.toContain(reference);
    const register = await kit.http.get('/api/loket/register').query({ limit: 100 }).expect(200);
    expect(JSON.stringify(register.body)).toContain(reference);
    const id = await kit.reportId(reference);
    const events = await waitFor(async () => kit.eventsOf(id), (es) => es.some((e) => e.payload.to === 'closed'), { what: 'closed event' });
    expect(events.slice(-2).map((e) => [e.type, e.payload.satisfied ?? e.payload.to])).toEqual([
      ['loket.BarrierSatisfactionGiven', true],
      ['loket.BarrierStatusChanged', 'closed'],
    ]);
  });

  it('writes every mail in the language of the form: English for an English form', async () => {
    // kit.submit sends no Accept-Language (Dutch); this reporter's browser prefers English.
    const base = aReportRequest();
    const enEmail = uniqueEmail('english');
    const res = await kit.http.post('/api/loket/reports').set('Accept-Language', 'en-GB,en;q=0.9,nl;q=0.5').send({ ...base, contact: { ...(base.contact as object), email: enEmail } }).expect(201);
    const en = res.body.reference as string;
    const ack = await kit.mailTo(enEmail, (m) => m.subject === `Report ${en} received`);
    expect(ack.text).toMatch(/^Dear reporter,/);
    expect(ack.text).not.toContain('Geachte');
    await opensReport(ack, en, 'received');
    await triage(en);
    await opensReport(await kit.mailTo(enEmail, (m) => m.subject === `Your report ${en} has been triaged`), en, 'triaged');
    await resolve(en);
    const outcome = await kit.mailTo(enEmail, (m) => m.subject === `Outcome of your report ${en}`);
    expect(outcome.text).toContain('Outcome: Guidance given');
    expect(outcome.text).toContain('Did this answer help you?');
    const token = await opensReport(outcome, en, 'resolved');
    await judge(en, token, { helped: false, reason: 'It does not cover my case.' }).expect(200);
    await opensReport(await kit.mailTo(enEmail, (m) => m.subject === `Your report ${en} has been reopened`), en, 'reopened');
    const [{ language }] = await kit.dataSource.query(`SELECT language FROM reporters r JOIN barrier_reports b ON b.reporter_id = r.id WHERE b.reference = $1`, [en]);
    expect(language).toBe('en');
  });

  it('"link kwijt": a new link by mail, and every link mailed before stops working; a mailed link expires on its own', async () => {
    const { reference, email } = await kit.submit();
    await triage(reference);
    const triagedToken = await opensReport(await kit.mailTo(email, (m) => m.subject === `Uw melding ${reference} is beoordeeld`), reference, 'triaged');

    await kit.http.post('/api/loket/tracking-links').send({ reference, email }).expect(202);
    const fresh = await kit.mailTo(email, (m) => m.subject === `Nieuwe link voor melding ${reference}`);
    await opensReport(fresh, reference, 'triaged');
    await kit.http.get(`/api/loket/reports/${reference}`).query({ token: triagedToken }).expect(404);

    await post(reference, 'status', { status: 'in_progress' }).expect(200);
    const handlingToken = await opensReport(await kit.mailTo(email, (m) => m.subject === `Uw melding ${reference} is in behandeling`), reference, 'in_progress');
    kit.clock.travelTo(new Date(Date.now() + (kit.env.LOKET_TRACKING_LINK_TTL_DAYS + 1) * DAY));
    try {
      const expired = await kit.http.get(`/api/loket/reports/${reference}`).query({ token: handlingToken }).expect(404);
      expect(expired.body.code).toBe('LOKET.REPORT_NOT_FOUND');
      // Expired hashes are not kept: the retention pruner deletes them.
      const id = await kit.reportId(reference);
      const count = async () => (await kit.dataSource.query(`SELECT count(*)::int AS n FROM report_tracking_links WHERE report_id = $1`, [id]))[0].n;
      expect(await count()).toBe(1);
      const pruned = await kit.app.get(RetentionPruner).runOnce();
      expect(pruned['loket.tracking-links']).toBeGreaterThanOrEqual(1);
      expect(await count()).toBe(0);
    } finally {
      kit.clock.reset();
    }
  });
});
