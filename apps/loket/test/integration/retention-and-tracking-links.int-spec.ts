import { RetentionPruner } from '@pb/persistence';
import { waitFor } from '@pb/testing';
import { LoketTestKit, uniqueEmail } from '../support/loket-test-kit';

const DAY = 86_400_000;
const TRACKING_LINK = /meldingen\/(LKT-\d{4}-\d{6})\?token=([A-Za-z0-9_-]+)/;

/** Issue 9, AVG: sent mails without body, contact retention, expiring and renewable tracking links. */
describe('loket retention and tracking links (real PostgreSQL, Kafka and MailDev)', () => {
  const kit = new LoketTestKit();
  let official: string;

  beforeAll(async () => {
    await kit.start({ LOKET_CONTACT_RETENTION_DAYS: 30, LOKET_TRACKING_LINK_TTL_DAYS: 10 });
    official = kit.official();
  });
  afterAll(() => kit.stop());
  beforeEach(() => kit.clock.reset());

  const reject = (reference: string) =>
    kit.http
      .post(`/api/loket/reports/${reference}/resolution`)
      .set('Authorization', `Bearer ${official}`)
      .send({ outcome: 'not-admissible', explanation: 'Valt buiten de reikwijdte van het loket.' })
      .expect(200);

  /** The moment a report ended, as the loket recorded it (the last timeline entry). */
  const endedAt = async (reference: string): Promise<number> => {
    const [row] = await kit.dataSource.query(`SELECT timeline -> -1 ->> 'at' AS at FROM barrier_reports WHERE reference = $1`, [reference]);
    return new Date(row.at).getTime();
  };

  const contactOf = async (reference: string) => {
    const [row] = await kit.dataSource.query(
      `SELECT r.name, r.email, r.phone, r.company_name, r.contact_erased_at, b.status, b.title
         FROM reporters r JOIN barrier_reports b ON b.reporter_id = r.id WHERE b.reference = $1`,
      [reference],
    );
    return row;
  };

  const prune = () => kit.app.get(RetentionPruner).runOnce();

  const strip = (b: Record<string, unknown>) => ({ ...b, correlationId: undefined, instance: undefined });

  const trackingLinkMails = async (): Promise<number> =>
    (await kit.dataSource.query(`SELECT count(*)::int AS n FROM mail_outbox WHERE kind = 'loket.tracking-link'`))[0].n;

  it('keeps no address, subject or body of a mail once it is sent: only id, kind and timestamps', async () => {
    const { reference, email } = await kit.submit();
    expect((await kit.mailTo(email)).subject).toContain(reference);
    const [row] = await waitFor(
      (): Promise<Record<string, unknown>[]> => kit.dataSource.query(`SELECT * FROM mail_outbox WHERE kind = 'loket.acknowledgement' AND sent_at IS NOT NULL`),
      (rows) => rows.length === 1,
      { what: 'the acknowledgement marked sent' },
    );
    expect(row).toMatchObject({ kind: 'loket.acknowledgement', to_address: null, subject: null, text_body: null, html_body: null, last_error: null, attempts: 1 });
    expect(row.sent_at).toBeInstanceOf(Date);
    expect(JSON.stringify(row)).not.toMatch(/@|token|LKT-/);
  });

  it("erases a reporter's name, e-mail and phone after the retention period, not before; the report stays", async () => {
    const { reference, email } = await kit.submit();
    await reject(reference);
    const ended = await endedAt(reference);

    kit.clock.travelTo(new Date(ended + 29 * DAY));
    await prune();
    expect(await contactOf(reference)).toMatchObject({ name: 'Anna de Vries', email, phone: '+31 6 12345678', contact_erased_at: null });

    kit.clock.travelTo(new Date(ended + 31 * DAY));
    const pruned = await prune();
    // Every table of the loket that only grows is on the schedule, the contact erasure with them.
    expect(Object.keys(pruned).sort()).toEqual(['http.idempotency-keys', 'http.rate-limit-attempts', 'loket.endorser-contacts', 'loket.reporter-contacts', 'loket.tracking-links', 'mail.sent', 'mail.unsent', 'messaging.inbox', 'messaging.outbox-sent']);
    expect(pruned['loket.reporter-contacts']).toBeGreaterThanOrEqual(1);
    const erased = await contactOf(reference);
    expect(erased).toMatchObject({ name: null, email: null, phone: null, company_name: 'Windwacht B.V.', status: 'rejected' });
    expect(erased.contact_erased_at).toBeInstanceOf(Date);

    const view = await kit.http.get(`/api/loket/reports/${reference}`).set('Authorization', `Bearer ${official}`).expect(200);
    expect(view.body).toMatchObject({ reference, status: 'rejected', contact: null });
    // Nobody left to send a new link to: the same 202, and no mail.
    const before = await trackingLinkMails();
    await kit.http.post('/api/loket/tracking-links').send({ reference, email }).expect(202, { status: 'accepted' });
    expect(await trackingLinkMails()).toBe(before);
  });

  it('keeps the contact while another report of the same address is open or ended within the period', async () => {
    const email = uniqueEmail();
    const first = await kit.submit({}, email);
    await reject(first.reference);
    const second = await kit.submit({}, email.toUpperCase());
    const firstEnded = await endedAt(first.reference);

    kit.clock.travelTo(new Date(firstEnded + 31 * DAY));
    await prune();
    expect((await contactOf(first.reference)).email).toBe(email);

    await reject(second.reference);
    const secondEnded = await endedAt(second.reference);
    kit.clock.travelTo(new Date(secondEnded + 29 * DAY));
    await prune();
    expect((await contactOf(first.reference)).email).toBe(email);
    expect((await contactOf(second.reference)).email).toBe(email.toUpperCase());

    kit.clock.travelTo(new Date(secondEnded + 31 * DAY));
    await prune();
    expect(await contactOf(first.reference)).toMatchObject({ name: null, email: null, phone: null });
    expect(await contactOf(second.reference)).toMatchObject({ name: null, email: null, phone: null });
  });

  it("keeps a duplicate's reporter until its original has ended for the period (the outcome is mailed to them)", async () => {
    const original = await kit.submit();
    const duplicate = await kit.submit();
    await kit.http.post(`/api/loket/reports/${duplicate.reference}/duplicate-of`).set('Authorization', `Bearer ${official}`).send({ originalReference: original.reference }).expect(200);
    const linked = await endedAt(duplicate.reference);

    kit.clock.travelTo(new Date(linked + 31 * DAY));
    await prune();
    expect((await contactOf(duplicate.reference)).email).toBe(duplicate.email);

    await reject(original.reference);
    const originalEnded = await endedAt(original.reference);
    kit.clock.travelTo(new Date(originalEnded + 29 * DAY));
    await prune();
    expect((await contactOf(duplicate.reference)).email).toBe(duplicate.email);

    kit.clock.travelTo(new Date(originalEnded + 31 * DAY));
    await prune();
    expect((await contactOf(duplicate.reference)).email).toBeNull();
    expect((await contactOf(original.reference)).email).toBeNull();
  });

  it('an expired tracking link answers the same 404 as a wrong one, with the hint to request a new link (nl/en)', async () => {
    const { reference, token } = await kit.submit();
    await kit.http.get(`/api/loket/reports/${reference}`).query({ token }).expect(200);
    const [{ issued }] = await kit.dataSource.query(`SELECT tracking_token_issued_at AS issued FROM barrier_reports WHERE reference = $1`, [reference]);

    kit.clock.travelTo(new Date(issued.getTime() + 10 * DAY - 60_000));
    await kit.http.get(`/api/loket/reports/${reference}`).query({ token }).expect(200);

    kit.clock.travelTo(new Date(issued.getTime() + 10 * DAY + 60_000));
    const expired = await kit.http.get(`/api/loket/reports/${reference}`).query({ token }).expect(404);
    const wrong = await kit.http.get(`/api/loket/reports/${reference}`).query({ token: `${token.slice(0, -2)}xx` }).expect(404);
    const unknown = await kit.http.get('/api/loket/reports/LKT-1999-999999').query({ token }).expect(404);
    expect(strip(expired.body)).toEqual(strip(wrong.body));
    expect(strip(expired.body)).toEqual(strip(unknown.body));
    expect(expired.body).toMatchObject({ status: 404, code: 'LOKET.REPORT_NOT_FOUND' });
    expect(expired.body.detail).toContain('Vraag een nieuwe link aan via "Link kwijt?" (/meldingen/link-kwijt)');
    const en = await kit.http.get(`/api/loket/reports/${reference}`).query({ token }).set('Accept-Language', 'en').expect(404);
    expect(en.body.detail).toContain('Request a new link through "Lost your link?" (/meldingen/link-kwijt)');

    const reply = await kit.http.post(`/api/loket/reports/${reference}/messages`).query({ token }).send({ body: 'Nog een aanvulling op mijn melding.' }).expect(404);
    expect(strip(reply.body)).toEqual(strip(expired.body));
    const replyUnknown = await kit.http.post('/api/loket/reports/LKT-1999-999999/messages').query({ token }).send({ body: 'Nog een aanvulling op mijn melding.' }).expect(404);
    expect(strip(replyUnknown.body)).toEqual(strip(expired.body));
  });

  it('"link kwijt" with a matching reference and address: a fresh link by mail, the old link dead, the new one working', async () => {
    const { reference, email, token: oldToken } = await kit.submit();
    const [{ issued }] = await kit.dataSource.query(`SELECT tracking_token_issued_at AS issued FROM barrier_reports WHERE reference = $1`, [reference]);
    kit.clock.travelTo(new Date(issued.getTime() + 12 * DAY));
    await kit.http.get(`/api/loket/reports/${reference}`).query({ token: oldToken }).expect(404);

    const res = await kit.http.post('/api/loket/tracking-links').send({ reference, email: email.toUpperCase() }).expect(202);
    expect(res.body).toEqual({ status: 'accepted' });

    // One language per mail (the form's, Dutch here) since issue 10 item 4; every earlier link, mailed or not, stops.
    const mail = await kit.mailTo(email, (m) => m.subject === `Nieuwe link voor melding ${reference}`);
    expect(mail.text).toContain('Uw eerdere links werken niet meer.');
    expect(mail.text).not.toContain('Your earlier links no longer work.');
    const [, linkedReference, newToken] = TRACKING_LINK.exec(mail.text)!;
    expect(linkedReference).toBe(reference);
    expect(newToken).not.toBe(oldToken);

    const view = await kit.http.get(`/api/loket/reports/${reference}`).query({ token: newToken }).expect(200);
    const [{ renewed }] = await kit.dataSource.query(`SELECT tracking_token_issued_at AS renewed FROM barrier_reports WHERE reference = $1`, [reference]);
    expect(renewed.getTime()).toBeGreaterThanOrEqual(issued.getTime() + 12 * DAY);
    expect(view.body.linkExpiresAt).toBe(new Date(renewed.getTime() + 10 * DAY).toISOString());
    await kit.http.get(`/api/loket/reports/${reference}`).query({ token: oldToken }).expect(404);
    // The fresh link counts from its own issue: still open 9 days on, closed after 10.
    kit.clock.travelTo(new Date(issued.getTime() + 21 * DAY));
    await kit.http.post(`/api/loket/reports/${reference}/messages`).query({ token: newToken }).send({ body: 'Aanvulling via de nieuwe link.' }).expect(201);
    kit.clock.travelTo(new Date(issued.getTime() + 23 * DAY));
    await kit.http.get(`/api/loket/reports/${reference}`).query({ token: newToken }).expect(404);
    const [row] = await kit.dataSource.query(`SELECT tracking_token_hash FROM barrier_reports WHERE reference = $1`, [reference]);
    expect(row.tracking_token_hash).not.toContain(newToken);
  });

  it('"link kwijt" without a match: the same 202 and body, no mail, the current link untouched', async () => {
    const { reference, email, token } = await kit.submit();
    const other = await kit.submit();
    const before = await trackingLinkMails();

    const wrongAddress = await kit.http.post('/api/loket/tracking-links').send({ reference, email: other.email }).expect(202);
    const unknownReference = await kit.http.post('/api/loket/tracking-links').send({ reference: 'LKT-1999-999999', email }).expect(202);
    const match = await kit.http.post('/api/loket/tracking-links').send({ reference: other.reference, email: other.email }).expect(202);
    expect(wrongAddress.body).toEqual({ status: 'accepted' });
    expect(unknownReference.body).toEqual(wrongAddress.body);
    expect(match.body).toEqual(wrongAddress.body);
    expect(wrongAddress.headers['content-type']).toBe(match.headers['content-type']);

    // Only the real match queued a mail, and it went to the address on file.
    expect(await trackingLinkMails()).toBe(before + 1);
    await kit.mailTo(other.email, (m) => m.subject.startsWith('Nieuwe link'));
    expect((await kit.mails(email)).filter((m) => m.subject.startsWith('Nieuwe link'))).toEqual([]);
    await kit.http.get(`/api/loket/reports/${reference}`).query({ token }).expect(200);
  });

  it('refuses a malformed "link kwijt" request field by field (400, Dutch first, English on request)', async () => {
    const nl = await kit.http.post('/api/loket/tracking-links').send({ reference: 'ABC', email: 'geen-adres' }).expect(400);
    expect(nl.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['email', 'reference']);
    expect(nl.body.errors.find((e: { field: string }) => e.field === 'reference').message).toBe('Een kenmerk ziet eruit als LKT-2026-000123.');
    const en = await kit.http.post('/api/loket/tracking-links').set('Accept-Language', 'en').send({}).expect(400);
    expect(en.body.errors.find((e: { field: string }) => e.field === 'reference').message).toBeDefined();
    expect(en.body.detail).toMatch(/^Check the/);
  });
});
