import { RetentionPruner } from '@pb/persistence';
import { keyedHash, normaliseEmailAddress } from '@pb/kernel';
import { LoketTestKit, Mail, uniqueEmail } from '../support/loket-test-kit';

const DAY = 86_400_000;
const WITHDRAW_LINK = /http:\/\/portal\.test\/meldingen\/steun-intrekken\?token=([A-Za-z0-9_%-]+)/;

/**
 * AVG: the name and address of a company that said "this is my barrier too" are kept to tell it the
 * entry's outcome, and go the reporters' retention period after the entry's report ended and the
 * endorser was told its outcome (real PostgreSQL, Kafka and MailDev).
 */
describe("endorsers' contact retention (real PostgreSQL, Kafka and MailDev)", () => {
  const kit = new LoketTestKit();
  let auth: string;

  beforeAll(async () => {
    await kit.start({ LOKET_CONTACT_RETENTION_DAYS: 30 });
    await kit.publishStrategy();
    auth = `Bearer ${kit.token(['official'], 'behandelaar-retentie')}`;
  });
  afterAll(() => kit.stop());
  beforeEach(() => kit.clock.reset());

  const post = (reference: string, path: string, body: object) => kit.http.post(`/api/loket/reports/${reference}/${path}`).set('Authorization', auth).send(body);
  const endorse = (reference: string, email: string) =>
    kit.http
      .post(`/api/loket/register/${reference}/endorsements`)
      .send({ company: { name: 'Bewaar B.V.', kvkNumber: '87654321', sizeClass: 'small' }, contact: { name: 'Bea Bewaar', email }, consent: { contact: true } })
      .expect(202);
  const endorsementOf = async (email: string) => {
    const [row] = await kit.dataSource.query(
      `SELECT email, contact_name, company_name, company_size_class, contact_erased_at, email_hash FROM barrier_endorsements WHERE email_hash = $1`,
      [keyedHash(kit.env.PSEUDONYM_SECRET, 'email', normaliseEmailAddress(email))],
    );
    return row;
  };
  const endedAt = async (reference: string): Promise<number> => {
    const [row] = await kit.dataSource.query(`SELECT timeline -> -1 ->> 'at' AS at FROM barrier_reports WHERE reference = $1`, [reference]);
    return new Date(row.at).getTime();
  };
  const prune = () => kit.app.get(RetentionPruner).runOnce();
  const clusterSize = async (reference: string): Promise<number> => (await kit.http.get(`/api/loket/register/${reference}`).expect(200)).body.clusterSize;
  /** A published register entry: reported with consent to publish, triaged and resolved. */
  const entry = async () => {
    const report = await kit.submit();
    await post(report.reference, 'triage', { theme: '2.1.2', priority: 'normal', department: 'EZ' }).expect(200);
    await post(report.reference, 'resolution', { outcome: 'guidance', explanation: 'Zie de handreiking.' }).expect(200);
    return report;
  };

  it('erases the endorser’s name and address the period after the entry ended and they were told its outcome, not before; the endorsement keeps counting', async () => {
    const { reference } = await entry();
    const ended = await endedAt(reference);
    const email = uniqueEmail('bewaard');
    kit.clock.travelTo(new Date(ended + 2 * DAY));
    await endorse(reference, email);
    const mail = await kit.mailTo(email, (m: Mail) => m.subject === `U heeft zich aangesloten bij belemmering ${reference}`);
    expect(await clusterSize(reference)).toBe(2);

    // The period counts from the later of the report's end and the endorsement (whose mail told the outcome).
    kit.clock.travelTo(new Date(ended + 29 * DAY));
    await prune();
    expect(await endorsementOf(email)).toMatchObject({ email, contact_name: 'Bea Bewaar', contact_erased_at: null });
    kit.clock.travelTo(new Date(ended + 31 * DAY));
    await prune();
    expect(await endorsementOf(email)).toMatchObject({ email, contact_name: 'Bea Bewaar', contact_erased_at: null });

    kit.clock.travelTo(new Date(ended + 33 * DAY));
    const pruned = await prune();
    expect(pruned['loket.endorser-contacts']).toBeGreaterThanOrEqual(1);
    const erased = await endorsementOf(email);
    expect(erased).toMatchObject({ email: null, contact_name: null, company_name: 'Bewaar B.V.', company_size_class: 'small' });
    expect(erased.contact_erased_at).toBeInstanceOf(Date);
    // Still one of the companies that reported it; its withdrawal link no longer works.
    expect(await clusterSize(reference)).toBe(2);
    await kit.http.post('/api/loket/register/endorsement-withdrawals').send({ token: decodeURIComponent(WITHDRAW_LINK.exec(mail.text)![1]) }).expect(404);
    // A second run finds nothing more of it.
    expect((await prune())['loket.endorser-contacts'] ?? 0).toBe(0);
    expect(await endorsementOf(email)).toMatchObject({ email: null, contact_erased_at: erased.contact_erased_at });
  });

  it('keeps the endorser’s address while the report is reopened, and until the period after it ended again', async () => {
    const { reference, token } = await entry();
    const email = uniqueEmail('heropend');
    await endorse(reference, email);
    await kit.mailTo(email, (m: Mail) => m.subject === `U heeft zich aangesloten bij belemmering ${reference}`);
    await kit.http.post(`/api/loket/reports/${reference}/satisfaction`).query({ token }).send({ helped: false, reason: 'Dit helpt ons niet verder.' }).expect(200);
    const reopened = await endedAt(reference);

    // Reopened: not ended, however long it takes.
    kit.clock.travelTo(new Date(reopened + 60 * DAY));
    await prune();
    expect(await endorsementOf(email)).toMatchObject({ email, contact_erased_at: null });

    // Resolved again with another outcome: the endorser is told (by mail), then the period runs from this end.
    await post(reference, 'resolution', { outcome: 'regulation-change-proposed', explanation: 'Wij stellen een wijziging voor.' }).expect(200);
    await kit.mailTo(email, (m: Mail) => m.subject === `Nieuwe uitkomst belemmering ${reference}`);
    const ended = await endedAt(reference);
    kit.clock.travelTo(new Date(ended + 29 * DAY));
    await prune();
    expect(await endorsementOf(email)).toMatchObject({ email, contact_erased_at: null });
    kit.clock.travelTo(new Date(ended + 31 * DAY));
    await prune();
    expect(await endorsementOf(email)).toMatchObject({ email: null, contact_name: null });
  });
});
