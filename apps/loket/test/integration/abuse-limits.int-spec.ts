import { keyedHash } from '@pb/kernel';
import { createHash, randomBytes } from 'node:crypto';
import { aReportRequest } from '../factories/report-request.factory';
import { LoketTestKit, uniqueEmail } from '../support/loket-test-kit';

/**
 * Issue 9: the loket cannot be used to make the platform mail anyone as often as one likes, and a
 * double click makes one report. Real PostgreSQL (limits and keys live there), Kafka and MailDev.
 */
describe('loket abuse limits and idempotency (real PostgreSQL, Kafka and MailDev)', () => {
  const kit = new LoketTestKit();
  let address = 0;
  /** Each call from another client address (X-Forwarded-For from loopback is trusted). */
  const anotherAddress = () => `198.51.100.${(address++ % 250) + 1}`;
  const bodyFor = (email: string) => {
    const base = aReportRequest();
    return { ...base, contact: { ...(base.contact as object), email } };
  };
  const count = async (sql: string, params: unknown[] = []) => (await kit.dataSource.query(sql, params))[0].n as number;

  beforeAll(async () => {
    await kit.start({ LOKET_INTAKE_PER_ADDRESS: 3, LOKET_INTAKE_PER_EMAIL: 2, LOKET_MESSAGES_PER_ADDRESS: 3, LOKET_MESSAGES_PER_REPORT: 2, LOKET_TRACKING_LINKS_PER_ADDRESS: 3, LOKET_TRACKING_LINKS_PER_EMAIL: 2, LOKET_RATE_LIMIT_WINDOW_SECONDS: 3600 });
    await kit.publishStrategy();
  });
  afterAll(() => kit.stop());

  it('refuses a fourth report from one client address with 429 problem+json and Retry-After; nothing is stored, no mail is queued', async () => {
    const ip = '203.0.113.20';
    for (let i = 0; i < 3; i++) await kit.http.post('/api/loket/reports').set('X-Forwarded-For', ip).send(bodyFor(uniqueEmail())).expect(201);
    const [reports, mails] = [await count(`SELECT count(*)::int AS n FROM barrier_reports`), await count(`SELECT count(*)::int AS n FROM mail_outbox`)];
    const victim = uniqueEmail('victim');
    const refused = await kit.http.post('/api/loket/reports').set('X-Forwarded-For', ip).send(bodyFor(victim)).expect(429);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body).toMatchObject({ status: 429, title: 'Te veel verzoeken', detail: 'U heeft te veel verzoeken gedaan. Probeer het later opnieuw.' });
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(3500);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    const en = await kit.http.post('/api/loket/reports').set('X-Forwarded-For', ip).set('Accept-Language', 'en').send(bodyFor(victim)).expect(429);
    expect(en.body).toMatchObject({ title: 'Too many requests', detail: 'You sent too many requests. Try again later.' });
    expect(await count(`SELECT count(*)::int AS n FROM barrier_reports`)).toBe(reports);
    expect(await count(`SELECT count(*)::int AS n FROM mail_outbox`)).toBe(mails);
    expect(await count(`SELECT count(*)::int AS n FROM mail_outbox WHERE to_address = $1`, [victim])).toBe(0);
    // Another address is not affected.
    await kit.http.post('/api/loket/reports').set('X-Forwarded-For', anotherAddress()).send(bodyFor(uniqueEmail())).expect(201);
  });

  it('refuses a third report to one e-mail address, whatever client address sends it (case and spaces do not help)', async () => {
    const email = uniqueEmail('bombarded');
    // Mail rows are counted, not addresses: a sent mail keeps no address (retention).
    const mailsBefore = await count(`SELECT count(*)::int AS n FROM mail_outbox`);
    await kit.http.post('/api/loket/reports').set('X-Forwarded-For', anotherAddress()).send(bodyFor(email)).expect(201);
    await kit.http.post('/api/loket/reports').set('X-Forwarded-For', anotherAddress()).send(bodyFor(email.toUpperCase())).expect(201);
    await kit.http.post('/api/loket/reports').set('X-Forwarded-For', anotherAddress()).send(bodyFor(` ${email}`)).expect((r) => expect([400, 429]).toContain(r.status));
    const refused = await kit.http.post('/api/loket/reports').set('X-Forwarded-For', anotherAddress()).send(bodyFor(email)).expect(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect((await count(`SELECT count(*)::int AS n FROM mail_outbox`)) - mailsBefore).toBe(2);
  });

  it('limits reporter messages per report and per client address; officials are not limited', async () => {
    const { reference, token } = await kit.submit({}, uniqueEmail());
    const reportId = await kit.reportId(reference);
    const post = (ip: string, body = 'Aanvullende informatie over de vlucht.') =>
      kit.http.post(`/api/loket/reports/${reference}/messages`).query({ token }).set('X-Forwarded-For', ip).send({ body });
    await post(anotherAddress()).expect(201);
    await post(anotherAddress()).expect(201);
    const perReport = await post(anotherAddress(), 'Nog een derde bericht.').expect(429);
    expect(Number(perReport.headers['retry-after'])).toBeGreaterThan(0);
    expect(await count(`SELECT count(*)::int AS n FROM report_messages WHERE report_id = $1`, [reportId])).toBe(2);
    await kit.http.post(`/api/loket/reports/${reference}/messages`).set('Authorization', `Bearer ${kit.official()}`).send({ body: 'Interne notitie.', internal: true }).expect(201);

    // Per address: a wrong token still counts, so guessing tokens from one address stops too.
    const ip = '203.0.113.77';
    for (let i = 0; i < 3; i++) {
      await kit.http.post(`/api/loket/reports/LKT-2026-00000${i + 1}/messages`).query({ token: 'x'.repeat(43) }).set('X-Forwarded-For', ip).send({ body: 'Raden.' }).expect(404);
    }
    const perAddress = await kit.http.post('/api/loket/reports/LKT-2026-000009/messages').query({ token: 'y'.repeat(43) }).set('X-Forwarded-For', ip).send({ body: 'Raden.' }).expect(429);
    expect(perAddress.headers['content-type']).toContain('application/problem+json');
  });

  it('limits "link kwijt" per client address and per e-mail address: over the limit 429 and no mail, matching or not', async () => {
    const email = uniqueEmail('lost');
    const { reference } = await kit.submit({}, email);
    const ask = (ip: string, to = email) => kit.http.post('/api/loket/tracking-links').set('X-Forwarded-For', ip).send({ reference, email: to });
    // Mail rows are counted, not addresses: a sent mail keeps no address (retention).
    const mails = () => count(`SELECT count(*)::int AS n FROM mail_outbox`);
    const start = await mails();
    await ask(anotherAddress()).expect(202);
    await ask(anotherAddress()).expect(202);
    const before = await mails();
    expect(before - start).toBe(2);
    const refused = await ask(anotherAddress()).expect(429);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(await mails()).toBe(before);
    // Per client address: a fourth request from one address is refused whichever address it names.
    const ip = '203.0.113.77';
    for (let i = 0; i < 3; i++) await ask(ip, uniqueEmail('other')).expect(202);
    await ask(ip, uniqueEmail('other')).expect(429);
  });

  it('stores only keyed hashes of client and e-mail addresses in the limiter table', async () => {
    const ip = '203.0.113.99';
    const email = uniqueEmail('hashed');
    await kit.http.post('/api/loket/reports').set('X-Forwarded-For', ip).send(bodyFor(email)).expect(201);
    const rows: { bucket: string; key_hash: string; expires_at: Date; at: Date }[] = await kit.dataSource.query(`SELECT bucket, key_hash, at, expires_at FROM rate_limit_attempts`);
    const sha = (v: string) => createHash('sha256').update(v).digest('hex');
    const dump = JSON.stringify(rows);
    for (const plain of [ip, email, sha(ip), sha(email), sha(email.toLowerCase())]) expect(dump).not.toContain(plain);
    const secret = kit.env.PSEUDONYM_SECRET;
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ bucket: 'loket.intake:ip', key_hash: keyedHash(secret, 'ip', ip) }),
        expect.objectContaining({ bucket: 'loket.intake:email', key_hash: keyedHash(secret, 'email', email.toLowerCase()) }),
      ]),
    );
    for (const r of rows) expect(new Date(r.expires_at).getTime() - new Date(r.at).getTime()).toBe(3600_000);
  });

  it('the acknowledgement carries nothing the reporter typed: no name, title or description', async () => {
    const email = uniqueEmail('ack');
    const base = bodyFor(email);
    const body = { ...base, title: 'Koop nu goedkope horloges op spam.example', description: 'Klik hier: http://spam.example/winactie — dit is geen echte melding maar reclame.', contact: { ...base.contact, name: 'Bezoek spam.example' } };
    const res = await kit.http.post('/api/loket/reports').set('X-Forwarded-For', anotherAddress()).send(body).expect(201);
    const mail = await kit.mailTo(email, (m) => m.subject.includes(res.body.reference));
    expect(mail.text).not.toMatch(/spam\.example|horloges|Klik hier/);
    expect(mail.text).toContain(res.body.reference);
    expect(mail.text).toMatch(/Status: ontvangen\nBeoordeeld uiterlijk: \d{1,2} [a-z]+ \d{4}/);
    expect(mail.text).toContain(`http://portal.test/meldingen/${res.body.reference}?token=`);
    // One language per mail since issue 10 item 4: the English form's acknowledgement is English, and as clean.
    const enEmail = uniqueEmail('ack-en');
    const enRes = await kit.http.post('/api/loket/reports').set('X-Forwarded-For', anotherAddress()).set('Accept-Language', 'en').send({ ...body, contact: { ...body.contact, email: enEmail } }).expect(201);
    const enMail = await kit.mailTo(enEmail, (m) => m.subject.includes(enRes.body.reference));
    expect(enMail.text).not.toMatch(/spam\.example|horloges|Klik hier/);
    expect(enMail.text).toMatch(/Status: received\nTriaged by: \d{1,2} [A-Z][a-z]+ \d{4}/);
  });

  it('two concurrent submits with one Idempotency-Key make one report and one mail; a reporter message with a key is posted once', async () => {
    const email = uniqueEmail('double-click');
    const key = `form-${randomBytes(12).toString('base64url')}`;
    const ip = anotherAddress();
    const body = bodyFor(email);
    const send = () => kit.http.post('/api/loket/reports').set('X-Forwarded-For', ip).set('Idempotency-Key', key).send(body);
    const mailsBefore = await count(`SELECT count(*)::int AS n FROM mail_outbox`);
    const [a, b] = await Promise.all([send(), send()]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.reference).toBe(b.body.reference);
    expect(await count(`SELECT count(*)::int AS n FROM barrier_reports b JOIN reporters r ON r.id = b.reporter_id WHERE lower(r.email) = lower($1)`, [email])).toBe(1);
    expect((await count(`SELECT count(*)::int AS n FROM mail_outbox`)) - mailsBefore).toBe(1);
    // A third click: the same answer, and repeats did not count against the limits (two per e-mail address here).
    const again = await send().expect(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(a.body);

    const { reference, token } = await kit.submit({}, uniqueEmail());
    const messageKey = `msg-${randomBytes(12).toString('hex')}`;
    const message = () => kit.http.post(`/api/loket/reports/${reference}/messages`).query({ token }).set('X-Forwarded-For', anotherAddress()).set('Idempotency-Key', messageKey).send({ body: 'Eén keer, ook al klik ik twee keer.' });
    const [m1, m2] = await Promise.all([message(), message()]);
    expect([m1.status, m2.status]).toEqual([201, 201]);
    expect(m1.body.id).toBe(m2.body.id);
    expect(await count(`SELECT count(*)::int AS n FROM report_messages WHERE report_id = $1`, [await kit.reportId(reference)])).toBe(1);
    const reused = await kit.http.post('/api/loket/reports').set('X-Forwarded-For', anotherAddress()).set('Idempotency-Key', key).send(bodyFor(uniqueEmail())).expect(422);
    expect(reused.body).toMatchObject({ code: 'HTTP.IDEMPOTENCY_KEY_REUSED' });
  });
});
