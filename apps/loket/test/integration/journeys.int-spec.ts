import { waitFor } from '@pb/testing';
import { LoketTestKit, uniqueEmail } from '../support/loket-test-kit';

/** Journeys 1–4 of product.md against the real PostgreSQL, Kafka and MailDev. */
describe('loket journeys (real PostgreSQL, Kafka and MailDev)', () => {
  const kit = new LoketTestKit();
  let official: string;
  const officialId = 'behandelaar-7f3a';

  beforeAll(async () => {
    await kit.start();
    await kit.publishStrategy();
    official = kit.token(['official'], officialId);
  });
  afterAll(() => kit.stop());

  const triage = (reference: string, body: Record<string, unknown> = {}) =>
    kit.http.post(`/api/loket/reports/${reference}/triage`).set('Authorization', `Bearer ${official}`).send({ theme: '2.1.2', priority: 'high', department: 'EZ', ...body });

  it('journey 1: acknowledges at once by mail, in the language of the form (Dutch here), with the private tracking link', async () => {
    const { reference, email, token } = await kit.submit();
    const mail = (await kit.mails(email))[0];
    expect(mail.subject).toContain(reference);
    expect(mail.text).toContain(`http://portal.test/meldingen/${reference}?token=`);
    const nl = mail.text.indexOf('Wij hebben uw melding');
    const en = mail.text.indexOf('We received your report');
    expect(nl).toBeGreaterThanOrEqual(0);
    // One language per mail since issue 10 item 4 (English for an English form: reporter-mails.int-spec.ts).
    expect(en).toBe(-1);
    expect(token.length).toBeGreaterThanOrEqual(40);
    const [row] = await kit.dataSource.query(`SELECT tracking_token_hash FROM barrier_reports WHERE reference = $1`, [reference]);
    expect(row.tracking_token_hash).not.toContain(token);
  });

  it('journey 2: the reporter follows the report; a wrong token gets exactly the answer of an unknown reference', async () => {
    const { reference, token } = await kit.submit();
    const view = await kit.http.get(`/api/loket/reports/${reference}`).query({ token }).expect(200);
    expect(view.body).toMatchObject({ reference, status: 'received', timeline: [{ status: 'received', by: 'reporter' }], messages: [], outcome: null });
    expect(JSON.stringify(view.body)).not.toMatch(/example\.nl|Windwacht|12345678/);

    const wrong = await kit.http.get(`/api/loket/reports/${reference}`).query({ token: token.slice(0, -2) + 'xx' }).expect(404);
    const unknown = await kit.http.get(`/api/loket/reports/LKT-1999-999999`).query({ token }).expect(404);
    const strip = (b: Record<string, unknown>) => ({ ...b, correlationId: undefined, instance: undefined });
    expect(strip(wrong.body)).toEqual(strip(unknown.body));
    // Through a tracking link the 404 also says how to get a new link (issue 9: expiring links).
    expect(wrong.body.detail).toMatch(/^Deze melding bestaat niet, of de link is niet \(meer\) geldig\. Is uw link verlopen of kwijt\? .*\/meldingen\/link-kwijt/);
  });

  it('journey 2–3: question to the reporter (mail, pause), internal note never shown, reply resumes handling', async () => {
    const { reference, email, token } = await kit.submit();
    await triage(reference).expect(200, { status: 'triaged' });
    await kit.http.post(`/api/loket/reports/${reference}/messages`).set('Authorization', `Bearer ${official}`).send({ body: 'Interne notitie: lijkt op de BVLOS-cluster.', internal: true }).expect(201);
    const asked = await kit.http
      .post(`/api/loket/reports/${reference}/messages`)
      .set('Authorization', `Bearer ${official}`)
      .send({ body: 'Om welke vlieghoogte gaat het precies?', internal: false })
      .expect(201);
    expect(asked.body.status).toBe('waiting_for_reporter');

    const question = await kit.mailTo(email, (m) => m.subject.startsWith('Vraag over uw melding'));
    expect(question.text).toContain('Om welke vlieghoogte gaat het precies?');

    const waiting = await kit.http.get(`/api/loket/reports/${reference}`).query({ token }).expect(200);
    expect(waiting.body.status).toBe('waiting_for_reporter');
    expect(waiting.body.waitingForYou).toBe(true);
    expect(waiting.body.messages).toEqual([{ at: expect.any(String), from: 'official', body: 'Om welke vlieghoogte gaat het precies?' }]);
    expect(JSON.stringify(waiting.body)).not.toContain('Interne notitie');

    const replied = await kit.http.post(`/api/loket/reports/${reference}/messages`).query({ token }).send({ body: 'Maximaal 120 meter boven zee.' }).expect(201);
    expect(replied.body.status).toBe('in_progress');
    await kit.http.post(`/api/loket/reports/${reference}/messages`).query({ token }).send({ body: 'Geheim', internal: true }).expect(422);
    await kit.http.post(`/api/loket/reports/${reference}/messages`).query({ token: 'wrong-token-value' }).send({ body: 'Hallo' }).expect(404);

    const full = await kit.http.get(`/api/loket/reports/${reference}`).set('Authorization', `Bearer ${official}`).expect(200);
    expect(full.body.messages.map((m: { body: string; internal: boolean }) => [m.internal, m.body])).toEqual([
      [true, 'Interne notitie: lijkt op de BVLOS-cluster.'],
      [false, 'Om welke vlieghoogte gaat het precies?'],
      [false, 'Maximaal 120 meter boven zee.'],
    ]);
    expect(full.body.timeline.map((t: { status: string }) => t.status)).toEqual(['received', 'triaged', 'waiting_for_reporter', 'in_progress']);
    expect(full.body.timeline[1].by).toEqual({ role: 'official', id: officialId });
    expect(full.body).toMatchObject({ theme: '2.1.2', strategyVersion: '2018.0', priority: 'high', department: 'EZ', handler: officialId, contact: { email } });
  });

  it('journey 3: triage validates the theme against the current strategy version', async () => {
    const { reference } = await kit.submit();
    const res = await triage(reference, { theme: '9.9' }).expect(422);
    expect(res.body.detail).toBe('Thema 9.9 bestaat niet in de huidige strategieversie 2018.0.');
    const bad = await triage(reference, { theme: 'abc', department: 'Ministerie van Alles', priority: 'urgent' }).set('Accept-Language', 'en').expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['department', 'priority', 'theme']);
  });

  it('journeys 3–4: resolution mails the reporter and the reporters of linked duplicates; the register shows the cluster without personal data', async () => {
    const original = await kit.submit({ consent: { contact: true, publish: true } });
    const dupEarly = await kit.submit({}, uniqueEmail('dubbel'));
    await triage(original.reference).expect(200);
    await kit.http.post(`/api/loket/reports/${dupEarly.reference}/duplicate-of`).set('Authorization', `Bearer ${official}`).send({ originalReference: original.reference }).expect(200);
    const linkedMail = await kit.mailTo(dupEarly.email, (m) => m.subject.includes('gekoppeld'));
    expect(linkedMail.text).toContain(original.reference);

    await kit.http
      .post(`/api/loket/reports/${original.reference}/resolution`)
      .set('Authorization', `Bearer ${official}`)
      .send({ outcome: 'experimentation-space', explanation: 'Er komt een experimenteerregeling voor BVLOS boven zee.' })
      .expect(200, { status: 'resolved', outcome: 'experimentation-space' });

    const outcomeMail = await kit.mailTo(original.email, (m) => m.subject.startsWith('Uitkomst'));
    expect(outcomeMail.text).toContain('Experimenteerruimte geboden');
    // One language per mail (the form's, Dutch here) since issue 10 item 4.
    expect(outcomeMail.text).toContain('Uitkomst: Experimenteerruimte geboden');
    expect(outcomeMail.text).not.toContain('Outcome:');
    const dupMail = await kit.mailTo(dupEarly.email, (m) => m.subject.startsWith('Uitkomst'));
    expect(dupMail.text).toContain(`gekoppeld aan melding ${original.reference}`);

    // A duplicate linked after the resolution hears the outcome at once.
    const dupLate = await kit.submit({}, uniqueEmail('laat'));
    await kit.http.post(`/api/loket/reports/${dupLate.reference}/duplicate-of`).set('Authorization', `Bearer ${official}`).send({ originalReference: dupEarly.reference }).expect(200, { status: 'duplicate', originalReference: original.reference });
    await kit.mailTo(dupLate.email, (m) => m.subject.startsWith('Uitkomst') && m.text.includes('Experimenteerruimte'));
    const lateView = await kit.http.get(`/api/loket/reports/${dupLate.reference}`).query({ token: dupLate.token }).expect(200);
    expect(lateView.body.original).toMatchObject({ reference: original.reference, status: 'resolved', outcome: { outcome: 'experimentation-space' } });

    const register = await kit.http.get('/api/loket/register').query({ limit: 100 }).expect(200);
    const entry = register.body.items.find((i: { reference: string }) => i.reference === original.reference);
    expect(entry).toMatchObject({ outcome: 'experimentation-space', clusterSize: 3, theme: '2.1.2', regulation: { name: 'Regeling op afstand bestuurde luchtvaartuigen' } });
    expect(register.body.items.some((i: { reference: string }) => i.reference === dupEarly.reference)).toBe(false);
    const text = JSON.stringify(register.body);
    for (const personal of ['Anna de Vries', original.email, '12345678', 'Windwacht', '+31 6']) expect(text).not.toContain(personal);
    // The entry on its own, as a subscriber's mail and a feed link to it: the same as in the list.
    expect((await kit.http.get(`/api/loket/register/${original.reference}`).expect(200)).body).toEqual(entry);

    // Searchable and filtered (issue 10, item 7): Dutch stems ("experimenteerregelingen" finds
    // "experimenteerregeling"), every filter must hold, the total counts what the filters leave.
    const search = async (query: Record<string, string | number>) => (await kit.http.get('/api/loket/register').query({ limit: 100, ...query }).expect(200)).body as { total: number; items: { reference: string }[] };
    const found = await search({ q: 'experimenteerregelingen zee', theme: '2.1.2', outcome: 'experimentation-space', year: Number(entry.resolvedAt.slice(0, 4)) });
    expect(found.items.map((i) => i.reference)).toContain(original.reference);
    expect(found.total).toBe(found.items.length);
    const misses: Record<string, string | number>[] = [{ q: 'belastingaangifte' }, { theme: '1.1' }, { outcome: 'guidance' }, { year: 2001 }, { q: 'zee -boven' }];
    for (const miss of misses) {
      expect((await search({ q: 'experimenteerregeling', ...miss })).items.map((i) => i.reference)).not.toContain(original.reference);
    }
    if (entry.regulation.bwbId) expect((await search({ bwbId: entry.regulation.bwbId })).items.map((i) => i.reference)).toContain(original.reference);
    const bad = await kit.http.get('/api/loket/register').query({ bwbId: 'Wwft', outcome: 'maybe', year: 'last' }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['bwbId', 'outcome', 'year']);
  });

  it('the register leaves out reports without publish consent and rejected ones', async () => {
    const secret = await kit.submit({ consent: { contact: true, publish: false } });
    await triage(secret.reference).expect(200);
    await kit.http.post(`/api/loket/reports/${secret.reference}/resolution`).set('Authorization', `Bearer ${official}`).send({ outcome: 'guidance', explanation: 'Zie de handreiking van de ILT.' }).expect(200);
    const rejected = await kit.submit();
    await kit.http.post(`/api/loket/reports/${rejected.reference}/resolution`).set('Authorization', `Bearer ${official}`).send({ outcome: 'not-admissible', explanation: 'Dit gaat niet over regelgeving.' }).expect(200, { status: 'rejected', outcome: 'not-admissible' });
    const register = await kit.http.get('/api/loket/register').query({ limit: 100 }).expect(200);
    const refs = register.body.items.map((i: { reference: string }) => i.reference);
    expect(refs).not.toContain(secret.reference);
    expect(refs).not.toContain(rejected.reference);
    // On its own they are as unknown as a wrong reference.
    for (const reference of [secret.reference, rejected.reference, 'LKT-1999-000001']) await kit.http.get(`/api/loket/register/${reference}`).expect(404);
    await kit.http.get('/api/loket/register/not-a-reference').expect(404);
  });

  it('publishes every transition as an event with who and when, and no personal data', async () => {
    const { reference, email } = await kit.submit();
    await triage(reference).expect(200);
    await kit.http.post(`/api/loket/reports/${reference}/status`).set('Authorization', `Bearer ${official}`).send({ status: 'in_progress' }).expect(200, { status: 'in_progress' });
    await kit.http.post(`/api/loket/reports/${reference}/resolution`).set('Authorization', `Bearer ${official}`).send({ outcome: 'regulation-change-proposed', explanation: 'Wij stellen een wijziging voor.' }).expect(200);
    const id = await kit.reportId(reference);
    const events = await waitFor(async () => kit.eventsOf(id), (e) => e.length >= 6, { what: 'all events of the report' });
    expect(events.map((e) => [e.type, e.payload.to ?? null])).toEqual([
      ['loket.BarrierReported', null],
      ['loket.BarrierTriaged', null],
      ['loket.BarrierStatusChanged', 'triaged'],
      ['loket.BarrierStatusChanged', 'in_progress'],
      ['loket.BarrierStatusChanged', 'resolved'],
      ['loket.BarrierResolved', null],
    ]);
    for (const e of events.slice(1)) expect(e.actor).toEqual({ role: 'official', id: officialId });
    expect(events[1].payload).toMatchObject({ theme: '2.1.2', strategyVersion: '2018.0', department: 'EZ', handlerId: officialId });
    expect(events[5].payload).toMatchObject({ outcome: 'regulation-change-proposed', overdue: false, published: true });
    const wire = JSON.stringify(events);
    for (const personal of [email, 'Anna de Vries', '12345678', 'Windwacht']) expect(wire).not.toContain(personal);
  });
});
