import { ErasureRequestedV1, Topics } from '@pb/contracts';
import { keyedHash, normaliseEmailAddress } from '@pb/kernel';
import { EventBroker, ReceivedMessage, createEvent } from '@pb/messaging';
import { fillEmailHashes } from '@pb/persistence';
import { countScannedColumns, findPersonalData, waitFor } from '@pb/testing';
import { randomUUID } from 'node:crypto';
import { EmailHashFiller } from '@pb/persistence';
import { LoketTestKit, uniqueEmail } from '../support/loket-test-kit';

/** Erasure of a reporter (AVG art. 17) on a privacy.ErasureRequested, against the real PostgreSQL, Kafka and MailDev. */
describe('loket erasure (real PostgreSQL, Kafka and MailDev)', () => {
  const kit = new LoketTestKit();
  const completions: ReceivedMessage[] = [];
  let official: string;

  beforeAll(async () => {
    await kit.start();
    await kit.publishStrategy();
    official = kit.token(['official'], 'behandelaar-9c1d');
    await kit.app.get(EventBroker).subscribe({ groupId: 'test-erasures', topics: [Topics.erasures], fromBeginning: true, onMessage: async (m) => void completions.push(m) });
  });
  afterAll(() => kit.stop());

  const requestErasure = async (email: string): Promise<string> => {
    const erasureId = randomUUID();
    const subjectHash = keyedHash(kit.env.PSEUDONYM_SECRET, 'email', normaliseEmailAddress(email));
    const event = createEvent(ErasureRequestedV1, { erasureId, subjectHash }, { aggregateId: erasureId, aggregateVersion: 1, actor: { role: 'admin', id: 'admin-1' } });
    await kit.app.get(EventBroker).publish(Topics.erasures, [{ key: erasureId, value: JSON.stringify(event) }]);
    return erasureId;
  };

  /** The loket's answer as it went out on Kafka. */
  const completionOf = async (erasureId: string) => {
    const found = await waitFor(
      async () => completions.map((m) => JSON.parse(m.value!.toString())).find((e) => e.type === 'privacy.ErasureCompleted' && e.payload.erasureId === erasureId),
      Boolean,
      { what: `ErasureCompleted of ${erasureId} on Kafka` },
    );
    return found as { actor: { role: string; id: string }; payload: { erasureId: string; service: string; erased: Record<string, number> } };
  };

  it('erases the name, address and phone of a reporter with two reports, their messages and mails, and keeps the reports in the figures and the register', async () => {
    const name = 'Hendrika Zwanenburg';
    const phone = '+31 6 98765432';
    const email = uniqueEmail('hendrika');
    const contact = { name, email, phone };
    // Two reports; the second typed in capitals: the same mailbox, the same person.
    const first = await kit.submit({ contact }, email);
    const second = await kit.submit({ contact: { ...contact, email: email.toUpperCase() }, title: 'Geen datadeling tussen netbeheerders toegestaan' }, email.toUpperCase());
    const other = await kit.submit({ contact: { name: 'Pieter Bakker', email: uniqueEmail('pieter'), phone: '+31 6 11122233' } });

    // The first goes through handling: a question (a mail), an answer (the reporter's own words), an outcome in the register.
    await kit.http.post(`/api/loket/reports/${first.reference}/triage`).set('Authorization', `Bearer ${official}`).send({ theme: '2.1.2', priority: 'high', department: 'EZ' }).expect(200);
    await kit.http.post(`/api/loket/reports/${first.reference}/messages`).set('Authorization', `Bearer ${official}`).send({ body: 'Om welke vlieghoogte gaat het?', internal: false }).expect(201);
    await kit.http.post(`/api/loket/reports/${first.reference}/messages`).query({ token: first.token }).send({ body: 'Maximaal 120 meter, mijn nummer staat in de melding.' }).expect(201);
    await kit.http
      .post(`/api/loket/reports/${first.reference}/resolution`)
      .set('Authorization', `Bearer ${official}`)
      .send({ outcome: 'experimentation-space', explanation: 'Er komt een experimenteerregeling voor BVLOS boven zee.' })
      .expect(200);
    await kit.mailTo(email, (m) => m.subject.startsWith('Uitkomst'));

    const ds = kit.dataSource;
    const count = async (sql: string, params: unknown[] = []) => (await ds.query(sql, params))[0].n as number;
    // Sent mails keep no address or body (retention): none of the four sent to her is hers any more.
    // A mail still queued (SMTP away, its next attempt tomorrow) does carry her address: erasure takes it.
    // (MailDev has a mail a moment before the relay records it as sent: wait for the record.)
    await waitFor(() => count(`SELECT count(*)::int AS n FROM mail_outbox WHERE sent_at IS NULL`), (n) => n === 0, { what: 'every mail recorded as sent' });
    expect(await count(`SELECT count(*)::int AS n FROM mail_outbox WHERE sent_at IS NOT NULL AND to_address IS NULL`)).toBeGreaterThanOrEqual(4);
    await ds.query(
      `INSERT INTO mail_outbox (id, to_address, subject, text_body, kind, next_attempt_at) VALUES (gen_random_uuid(), $1, 'Vraag over uw melding', 'Nog een vraag.', 'loket.question', now() + interval '1 day')`,
      [email],
    );
    const mailsToHer = await count(`SELECT count(*)::int AS n FROM mail_outbox WHERE lower(to_address) = lower($1)`, [email]);
    expect(mailsToHer).toBe(1);
    const reportsBefore = await count(`SELECT count(*)::int AS n FROM barrier_reports`);
    const registerBefore = (await kit.http.get('/api/loket/register').expect(200)).body;
    expect(registerBefore.items.map((i: { reference: string }) => i.reference)).toContain(first.reference);
    expect(await findPersonalData(ds, [email, name, phone])).not.toEqual([]);

    const erasureId = await requestErasure(` ${email.toUpperCase()} `.trim());
    const done = await completionOf(erasureId);
    expect(done.actor).toEqual({ role: 'system', id: 'loket' });
    expect(done.payload).toEqual({ erasureId, service: 'loket', erased: { reporters: 2, reports: 2, messages: 1, mails: 1 } });

    // Nothing of her in any text column of any table (the scan looks at every one of them).
    expect(await countScannedColumns(ds)).toBeGreaterThan(40);
    expect(await findPersonalData(ds, [email, name, phone, 'Maximaal 120 meter'])).toEqual([]);

    // The reports stay, counted and in the register, with their contact gone.
    expect(await count(`SELECT count(*)::int AS n FROM barrier_reports`)).toBe(reportsBefore);
    const registerAfter = (await kit.http.get('/api/loket/register').expect(200)).body;
    expect(registerAfter).toEqual(registerBefore);
    const seen = await kit.http.get(`/api/loket/reports/${first.reference}`).set('Authorization', `Bearer ${official}`).expect(200);
    expect(seen.body).toMatchObject({ reference: first.reference, status: 'resolved', outcome: expect.anything(), contact: null, company: { name: null, kvkNumber: null, sizeClass: 'small' } });
    expect(seen.body.messages.map((m: { from: string }) => m.from)).toEqual(['official']);
    await kit.http.get(`/api/loket/reports/${second.reference}`).set('Authorization', `Bearer ${official}`).expect(200);
    // Her tracking links no longer open anything.
    await kit.http.get(`/api/loket/reports/${first.reference}`).query({ token: first.token }).expect(404);
    await kit.http.get(`/api/loket/reports/${second.reference}`).query({ token: second.token }).expect(404);

    // Someone else is untouched (and their address got its keyed hash on the way).
    expect(await findPersonalData(ds, ['Pieter Bakker', other.email])).toEqual(expect.arrayContaining([expect.objectContaining({ table: 'reporters', column: 'name' })]));
    await kit.http.get(`/api/loket/reports/${other.reference}`).query({ token: other.token }).expect(200);
    expect(await count(`SELECT count(*)::int AS n FROM reporters WHERE email_hash IS NULL`)).toBe(0);

    // The answer, the erasure and the inbox row committed together: handled once.
    expect(await count(`SELECT count(*)::int AS n FROM inbox_messages WHERE consumer = 'loket.privacy' AND event_type = 'privacy.ErasureRequested'`)).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM outbox_messages WHERE envelope->>'type' = 'privacy.ErasureCompleted'`)).toBe(1);
  });

  it('fills the keyed hash of addresses stored before the column existed, in batches, at start-up', async () => {
    const a = await kit.submit({}, uniqueEmail('oud'));
    const b = await kit.submit({}, ` ${uniqueEmail('Oud').toUpperCase()}`.trim());
    const ds = kit.dataSource;
    // As a database migrated before this release looks: no hashes at all.
    await ds.query(`UPDATE reporters SET email_hash = NULL`);
    const rows: number = (await ds.query(`SELECT count(*)::int AS n FROM reporters`))[0].n;
    expect(rows).toBeGreaterThanOrEqual(3);
    await kit.app.get(EmailHashFiller).onApplicationBootstrap();
    await waitFor(() => ds.query(`SELECT count(*)::int AS n FROM reporters WHERE email_hash IS NULL`), (r) => r[0].n === 0, { what: 'every reporter hashed' });
    const stored: { email: string; email_hash: string }[] = await ds.query(`SELECT email, email_hash FROM reporters`);
    for (const r of stored) expect(r.email_hash).toBe(keyedHash(kit.env.PSEUDONYM_SECRET, 'email', normaliseEmailAddress(r.email)));
    expect(stored.map((r) => r.email)).toEqual(expect.arrayContaining([a.email, b.email]));
    // In batches smaller than the table, too (the loop goes on until nothing is missing).
    await ds.query(`UPDATE reporters SET email_hash = NULL`);
    const filled = await ds.transaction((m) => fillEmailHashes(m, { table: 'reporters', key: 'id', email: 'email', hash: 'email_hash' }, kit.env.PSEUDONYM_SECRET, { batchSize: 2 }));
    expect(filled).toBe(rows);
    expect((await ds.query(`SELECT count(*)::int AS n FROM reporters WHERE email_hash IS NULL`))[0].n).toBe(0);
  });

  it('answers a request for someone it does not know (or no longer knows) with zeros, so the coordinator can complete', async () => {
    const erasureId = await requestErasure(uniqueEmail('onbekend'));
    expect((await completionOf(erasureId)).payload).toEqual({ erasureId, service: 'loket', erased: { reporters: 0, reports: 0, messages: 0, mails: 0 } });
  });
});
