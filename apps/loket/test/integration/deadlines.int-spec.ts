import { waitFor } from '@pb/testing';
import { LoketTestKit } from '../support/loket-test-kit';

/**
 * Deadlines in Dutch working days, computed by hand here (not with the code under test):
 * received Wednesday 23 December 2026; Christmas (Fri 25, Sat 26 Dec) and New Year (Fri 1 Jan
 * 2027) are not working days.
 * - triage within 5: Thu 24, Mon 28, Tue 29, Wed 30, Thu 31 Dec → 2026-12-31 (without Christmas: 30 Dec);
 * - answer within 40: 5 in December, then 7 full weeks from Mon 4 Jan → Fri 2027-02-19;
 * - a question on Tue 5 Jan answered on Thu 7 Jan pauses three working days → Wed 2027-02-24.
 */
describe('deadlines across a Dutch holiday and a pause (real PostgreSQL and Kafka)', () => {
  const kit = new LoketTestKit();
  let auth: string;
  const at = (iso: string) => kit.clock.travelTo(new Date(iso));

  beforeAll(async () => {
    await kit.start();
    await kit.publishStrategy();
    auth = `Bearer ${kit.official()}`;
  });
  afterAll(() => kit.stop());

  const detail = async (reference: string) => (await kit.http.get(`/api/loket/reports/${reference}`).set('Authorization', auth).expect(200)).body;
  const queue = async (query: Record<string, string> = {}) => (await kit.http.get('/api/loket/reports').set('Authorization', auth).query(query).expect(200)).body;

  it('counts working days past Christmas and New Year, stops the clock while waiting for the reporter, and shows overdue', async () => {
    at('2026-12-23T09:00:00Z'); // 10:00 in Amsterdam
    const { reference, token } = await kit.submit();
    expect((await detail(reference)).deadlines).toEqual({ triageBy: '2026-12-31', answerBy: '2027-02-19' });

    at('2026-12-24T09:00:00Z');
    await kit.http.post(`/api/loket/reports/${reference}/triage`).set('Authorization', auth).send({ theme: '2.1.2', priority: 'normal', department: 'EZ' }).expect(200);

    at('2027-01-05T09:00:00Z');
    await kit.http.post(`/api/loket/reports/${reference}/messages`).set('Authorization', auth).send({ body: 'Welke drone gebruikt u?' }).expect(201);

    // While paused, the deadline moves on with every working day (provisional).
    at('2027-01-06T11:00:00Z');
    const paused = await detail(reference);
    expect(paused).toMatchObject({ status: 'waiting_for_reporter', paused: true, overdue: false, deadlines: { answerBy: '2027-02-23' } });
    const view = (await kit.http.get(`/api/loket/reports/${reference}`).query({ token }).expect(200)).body;
    expect(view.deadlines.answerBy).toBe('2027-02-23');

    at('2027-01-07T09:00:00Z');
    await kit.http.post(`/api/loket/reports/${reference}/messages`).query({ token }).send({ body: 'Een DJI Matrice 350.' }).expect(201);
    expect((await detail(reference)).deadlines.answerBy).toBe('2027-02-24');
    const [row] = await kit.dataSource.query(`SELECT answer_by::text AS answer_by FROM barrier_reports WHERE reference = $1`, [reference]);
    expect(row.answer_by).toBe('2027-02-24');

    // Without the pause it would be overdue on 22 February; with it, not until the 25th.
    at('2027-02-22T12:00:00Z');
    expect((await detail(reference)).overdue).toBe(false);
    expect(await queue({ overdue: 'true' })).toMatchObject({ total: 0, overdueCount: 0 });
    at('2027-02-24T22:00:00Z'); // 23:00 in Amsterdam: still the due date
    expect((await detail(reference)).overdue).toBe(false);
    at('2027-02-25T08:00:00Z');
    expect((await detail(reference)).overdue).toBe(true);
    const overdue = await queue({ overdue: 'true' });
    expect(overdue).toMatchObject({ total: 1, overdueCount: 1, items: [{ reference, overdue: true }] });
    expect((await queue({ overdue: 'false' })).items.map((i: { reference: string }) => i.reference)).not.toContain(reference);

    // Resolved late: the event says so, with the handling time in working days minus the pause.
    await kit.http.post(`/api/loket/reports/${reference}/resolution`).set('Authorization', auth).send({ outcome: 'guidance', explanation: 'Zie de nieuwe handreiking.' }).expect(200);
    const id = await kit.reportId(reference);
    const resolved = await waitFor(async () => kit.eventsOf(id).find((e) => e.type === 'loket.BarrierResolved'), Boolean, { what: 'BarrierResolved' });
    // 24 Dec … 25 Feb: 5 in December + 35 up to Fri 19 Feb + 4 (22–25 Feb) = 44, minus 3 paused = 41
    expect(resolved!.payload).toMatchObject({ overdue: true, handlingWorkingDays: 41 });
  });

  it('a report not triaged within 5 working days is overdue the day after its triage deadline', async () => {
    at('2026-12-23T15:00:00Z');
    const { reference } = await kit.submit();
    at('2026-12-31T20:00:00Z');
    expect((await detail(reference)).overdue).toBe(false);
    at('2027-01-01T10:00:00Z');
    expect((await detail(reference)).overdue).toBe(true);
    expect((await queue({ overdue: 'true' })).items.map((i: { reference: string }) => i.reference)).toContain(reference);
  });
});
