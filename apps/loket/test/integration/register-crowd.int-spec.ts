import { ErasureRequestedV1, Topics } from '@pb/contracts';
import { keyedHash, normaliseEmailAddress } from '@pb/kernel';
import { createEvent, EventBroker } from '@pb/messaging';
import { waitFor } from '@pb/testing';
import { randomUUID } from 'node:crypto';
import { LoketTestKit, Mail, uniqueEmail } from '../support/loket-test-kit';

const WITHDRAW_LINK = /http:\/\/portal\.test\/meldingen\/steun-intrekken\?token=([A-Za-z0-9_%-]+)/;

/**
 * Issue 10, item 7 against the real PostgreSQL, Kafka and MailDev: the report form's check step
 * finds published entries by regulation and by text; "this is my barrier too" counts once per
 * address, publishes BarrierEndorsed and mails the outcome — again when the report gets another one.
 */
describe('similar register entries and "this is my barrier too" (real PostgreSQL, Kafka and MailDev)', () => {
  const kit = new LoketTestKit();
  let auth: string;
  const run = Math.random().toString(36).slice(2, 8);

  beforeAll(async () => {
    await kit.start();
    await kit.publishStrategy();
    auth = `Bearer ${kit.token(['official'], 'behandelaar-crowd')}`;
  });
  afterAll(() => kit.stop());

  const post = (reference: string, path: string, body: object) => kit.http.post(`/api/loket/reports/${reference}/${path}`).set('Authorization', auth).send(body);
  const publish = async (overrides: Record<string, unknown>, explanation = 'Zie de handreiking bij artikel 3.'): Promise<string> => {
    const { reference } = await kit.submit(overrides);
    await post(reference, 'triage', { theme: '2.1.2', priority: 'normal', department: 'EZ' }).expect(200);
    await post(reference, 'resolution', { outcome: 'guidance', explanation }).expect(200);
    return reference;
  };
  const similar = (query: Record<string, string>) => kit.http.get('/api/loket/register/similar').query(query).expect(200);
  const endorse = (reference: string, email: string, lang = 'nl') =>
    kit.http
      .post(`/api/loket/register/${reference}/endorsements`)
      .set('Accept-Language', lang)
      .send({ company: { name: 'Kluis B.V.', kvkNumber: '87654321', sizeClass: 'micro' }, contact: { name: 'Bram Kluis', email }, consent: { contact: true } });

  let wwft: string;
  let drones: string;
  let general: string;

  beforeAll(async () => {
    wwft = await publish({
      title: `Klantidentificatie op afstand met videobellen ${run}`,
      description: 'Wij willen nieuwe klanten op afstand identificeren met een videogesprek en een NFC-scan van het paspoort, maar dat zou niet mogen.',
      regulation: { name: 'Wet ter voorkoming van witwassen en financieren van terrorisme', article: '33', bwbId: 'BWBR0024282' },
    });
    drones = await publish(
      { title: `Drone-inspectie van windturbines buiten zicht ${run}` },
      `Voor inspecties van windturbines met drones buiten zicht (${run}) is een standaardscenario in voorbereiding; tot dan geldt de ontheffing per vlucht.`,
    );
    general = await publish({ title: `Belemmering 7001: datadeling tussen zorgaanbieders ${run}`, regulation: { name: 'Onbekende regeling' } }, 'De regel staat het al toe; wij hebben het uitgelegd.');
    // Not in the register: its reporter did not consent to publication.
    await publish({ title: `Klantidentificatie op afstand zonder toestemming ${run}`, consent: { contact: true, publish: false }, regulation: { name: 'Wwft', bwbId: 'BWBR0024282' } });
  });

  it('finds a published entry by its BWB id (also from a name the index knows) and leaves an unpublished one out', async () => {
    const byId = (await similar({ title: 'Iets heel anders', bwbId: 'BWBR0024282', article: 'art. 33 lid 1' })).body.items;
    expect(byId.map((e: { reference: string }) => e.reference)).toContain(wwft);
    const entry = byId.find((e: { reference: string }) => e.reference === wwft);
    expect(entry).toMatchObject({ reference: wwft, outcome: 'guidance', clusterSize: 1, matchedOn: ['regulation'] });
    expect(byId.every((e: { matchedOn: string[] }) => e.matchedOn.includes('regulation'))).toBe(true);
    // Only published entries: the one without consent is never shown (its title is not in any answer).
    expect(JSON.stringify(byId)).not.toContain('zonder toestemming');
    // "Wwft" is identified as BWBR0024282; another article of the same law is not the same barrier.
    expect((await similar({ regulationName: 'Wwft' })).body.items.map((e: { reference: string }) => e.reference)).toContain(wwft);
    expect((await similar({ regulationName: 'Wwft', article: '12' })).body.items.map((e: { reference: string }) => e.reference)).not.toContain(wwft);
  });

  it('finds a published entry by similar Dutch text (stems, not exact words), and nothing for unrelated words', async () => {
    const found = (await similar({ title: 'Inspecteren van een windturbine', description: `Onze drone mag niet buiten zicht vliegen bij inspectie ${run}` })).body.items;
    const entry = found.find((e: { reference: string }) => e.reference === drones);
    expect(entry).toMatchObject({ matchedOn: ['text'] });
    expect(entry.sharedTerms).toBeGreaterThanOrEqual(3);
    // Function words and one common word ("wij", "toe", "regel") do not make a barrier similar.
    const unrelated = await similar({
      title: 'Geen ruimte voor inspectie met drones buiten zicht',
      description: 'Wij willen dijken inspecteren met drones die buiten het zicht van de piloot vliegen, maar de regels staan alleen vluchten binnen zicht toe.',
    });
    expect(unrelated.body.items.map((e: { reference: string }) => e.reference)).not.toContain(general);
    expect((await similar({ title: 'Bakkerij', description: 'Het deeg rijst niet genoeg in de oven van de bakkerij.' })).body.items).toEqual([]);
    // What a person typed is never tsquery syntax: operators, quotes and backslashes are just text.
    expect((await similar({ title: `it's & | ! (drone) <-> 'windturbine' C:\\inspectie\\${run}`, description: 'buiten:* zicht' })).body.items.map((e: { reference: string }) => e.reference)).toContain(drones);
    // Nothing typed that can be compared: an empty answer, not an error.
    expect((await similar({})).body.items).toEqual([]);
    const bad = await kit.http.get('/api/loket/register/similar').query({ bwbId: 'BWB123' }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['bwbId']);
  });

  it('counts an endorsement once per address, publishes BarrierEndorsed without personal data, and mails the outcome with a withdrawal link', async () => {
    const email = uniqueEmail('onderschrijver');
    expect((await endorse(wwft, email).expect(202)).body).toEqual({ reference: wwft });
    // The same address again (other case): the same answer, nothing more stored or mailed.
    expect((await endorse(wwft, email.toUpperCase()).expect(202)).body).toEqual({ reference: wwft });
    await endorse(wwft, uniqueEmail('tweede')).expect(202);
    expect((await kit.http.get(`/api/loket/register/${wwft}`).expect(200)).body.clusterSize).toBe(3);

    const [row] = await kit.dataSource.query(`SELECT id, email, company_name, email_hash FROM barrier_endorsements WHERE email_hash = $1`, [keyedHash(kit.env.PSEUDONYM_SECRET, 'email', normaliseEmailAddress(email))]);
    expect(row).toMatchObject({ email, company_name: 'Kluis B.V.' });

    const mail = await kit.mailTo(email, (m) => m.subject === `U heeft zich aangesloten bij belemmering ${wwft}`);
    expect(mail.text).toContain('Uitkomst: Handreiking gegeven');
    expect(mail.text).toContain('Zie de handreiking bij artikel 3.');
    expect(mail.text).toContain(`http://portal.test/register/${wwft}`);
    expect(mail.text).not.toContain('Kluis');
    await new Promise((r) => setTimeout(r, 500));
    expect((await kit.mails(email)).length).toBe(1);

    const reportId = await kit.reportId(wwft);
    const events = await waitFor(async () => kit.eventsOf(reportId).filter((e) => e.type === 'loket.BarrierEndorsed'), (es) => es.length === 2, { what: 'two BarrierEndorsed events' });
    expect(events[0].payload).toEqual({ endorsementId: expect.any(String), reportId });
    expect(JSON.stringify(events)).not.toMatch(/Kluis|example\.nl/);

    // The link takes it back (data and all); used again, it is a 404 problem.
    const token = decodeURIComponent(WITHDRAW_LINK.exec(mail.text)![1]);
    await kit.http.post('/api/loket/register/endorsement-withdrawals').send({ token }).expect(200, { reference: wwft });
    const again = await kit.http.post('/api/loket/register/endorsement-withdrawals').set('Accept-Language', 'en').send({ token }).expect(404);
    expect(again.body.detail).toMatch(/does not work/);
    expect((await kit.http.get(`/api/loket/register/${wwft}`).expect(200)).body.clusterSize).toBe(2);
    // … and tells the review which endorsement no longer counts (ids only), once: the used link again published nothing.
    const withdrawn = await waitFor(async () => kit.eventsOf(reportId).filter((e) => e.type === 'loket.BarrierEndorsementWithdrawn'), (es) => es.length >= 1, { what: 'BarrierEndorsementWithdrawn' });
    await new Promise((r) => setTimeout(r, 500));
    expect(kit.eventsOf(reportId).filter((e) => e.type === 'loket.BarrierEndorsementWithdrawn')).toHaveLength(1);
    expect(withdrawn[0].payload).toEqual({ endorsementId: row.id, reportId });
    expect(events.map((e) => (e.payload as { endorsementId: string }).endorsementId)).toContain(row.id);
    expect(JSON.stringify(withdrawn)).not.toMatch(/Kluis|example\.nl/);
  });

  it('mails the endorser (in the language of their form) when the report is resolved again with another outcome, and only then', async () => {
    const { reference, token } = await kit.submit({ title: `Open data over vergunningen niet herbruikbaar ${run}` });
    await post(reference, 'triage', { theme: '2.1.2', priority: 'normal', department: 'EZ' }).expect(200);
    await post(reference, 'resolution', { outcome: 'guidance', explanation: 'Zie de handreiking.' }).expect(200);
    const email = uniqueEmail('endorser');
    await endorse(reference, email, 'en').expect(202);
    const first = await kit.mailTo(email, (m: Mail) => m.subject === `You joined barrier ${reference}`);
    expect(first.text).toContain('Outcome: Guidance given');

    // The reporter says the answer did not help: reopened, out of the register (no endorsing now) …
    const reopen = () => kit.http.post(`/api/loket/reports/${reference}/satisfaction`).query({ token }).send({ helped: false, reason: 'Dit helpt ons niet verder.' }).expect(200);
    await reopen();
    await endorse(reference, uniqueEmail('te-laat')).expect(404);
    // … resolved with the same outcome: the endorser already knows it, no mail …
    await post(reference, 'resolution', { outcome: 'guidance', explanation: 'Nog steeds de handreiking.' }).expect(200);
    const id = await kit.reportId(reference);
    await waitFor(async () => kit.eventsOf(id).filter((e) => e.type === 'loket.BarrierResolved').length, (n) => n === 2, { what: 'the second resolution on Kafka' });
    // … reopened again and resolved with another outcome: a mail with the new one.
    await reopen();
    await post(reference, 'resolution', { outcome: 'regulation-change-proposed', explanation: 'Wij stellen een wijziging van de regeling voor.' }).expect(200);
    const news = await kit.mailTo(email, (m: Mail) => m.subject === `New outcome for barrier ${reference}`);
    expect(news.text).toContain('Outcome: Change of the regulation proposed');
    expect(news.text).toContain('Wij stellen een wijziging van de regeling voor.');
    expect((await kit.mails(email)).map((m) => m.subject)).toEqual([`You joined barrier ${reference}`, `New outcome for barrier ${reference}`]);
    const [told] = await kit.dataSource.query(`SELECT notified_outcome FROM barrier_endorsements WHERE report_id = $1`, [id]);
    expect(told.notified_outcome).toBe('regulation-change-proposed');
    // The newest mail's link works; the first one's no longer does.
    const linkOf = (m: Mail) => decodeURIComponent(WITHDRAW_LINK.exec(m.text)![1]);
    await kit.http.post('/api/loket/register/endorsement-withdrawals').send({ token: linkOf(first) }).expect(404);
    await kit.http.post('/api/loket/register/endorsement-withdrawals').send({ token: linkOf(news) }).expect(200, { reference });
  });

  it('refuses an endorsement without consent or with a wrong address field by field, and one of an entry not in the register', async () => {
    const bad = await kit.http
      .post(`/api/loket/register/${wwft}/endorsements`)
      .send({ company: { name: 'X', kvkNumber: '123', sizeClass: 'micro' }, contact: { name: 'Bram', email: 'geen-adres' }, consent: { contact: false } })
      .expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['company.kvkNumber', 'consent.contact', 'contact.email']);
    await endorse('LKT-2026-999999', uniqueEmail()).expect(404);
    await endorse('not-a-reference', uniqueEmail()).expect(404);
  });

  it('erases an endorser on request: the company and contact go, the endorsement keeps counting, the link stops working', async () => {
    const email = uniqueEmail('te-wissen');
    await endorse(drones, email).expect(202);
    const mail = await kit.mailTo(email, (m: Mail) => m.subject === `U heeft zich aangesloten bij belemmering ${drones}`);
    const before = (await kit.http.get(`/api/loket/register/${drones}`).expect(200)).body.clusterSize;
    const erasureId = randomUUID();
    const subjectHash = keyedHash(kit.env.PSEUDONYM_SECRET, 'email', normaliseEmailAddress(email));
    const event = createEvent(ErasureRequestedV1, { erasureId, subjectHash }, { aggregateId: erasureId, aggregateVersion: 1, actor: { role: 'admin', id: 'admin-1' } });
    await kit.app.get(EventBroker).publish(Topics.erasures, [{ key: erasureId, value: JSON.stringify(event) }]);
    const [row] = await waitFor(
      () => kit.dataSource.query(`SELECT email, contact_name, company_name, kvk_number, contact_erased_at IS NOT NULL AS erased FROM barrier_endorsements WHERE email_hash = $1`, [subjectHash]),
      (rows: { erased: boolean }[]) => rows[0]?.erased === true,
      { what: 'the endorsement erased' },
    );
    expect(row).toEqual({ email: null, contact_name: null, company_name: null, kvk_number: null, erased: true });
    expect((await kit.http.get(`/api/loket/register/${drones}`).expect(200)).body.clusterSize).toBe(before);
    await kit.http.post('/api/loket/register/endorsement-withdrawals').send({ token: decodeURIComponent(WITHDRAW_LINK.exec(mail.text)![1]) }).expect(404);
  });
});
