import type { ReportStatus } from '@pb/contracts';
import { aReportRequest } from '../factories/report-request.factory';
import { LoketTestKit } from '../support/loket-test-kit';

type Action = 'triage' | 'start' | 'ask' | 'reply' | 'resolve' | 'reject' | 'duplicate' | 'satisfied' | 'reopen' | 'split';
const ACTIONS: Action[] = ['triage', 'start', 'ask', 'reply', 'resolve', 'reject', 'duplicate', 'satisfied', 'reopen', 'split'];
const STATUSES: ReportStatus[] = ['received', 'triaged', 'in_progress', 'waiting_for_reporter', 'resolved', 'duplicate', 'rejected', 'reopened', 'closed', 'split'];

/**
 * The state machine of api.md, written out independently of the code: what each action does in
 * each status. `null` = forbidden (409); otherwise the status afterwards.
 */
const reporterOnly = { satisfied: null, reopen: null };
const EXPECTED: Record<ReportStatus, Record<Action, ReportStatus | null>> = {
  received: { triage: 'triaged', start: null, ask: 'waiting_for_reporter', reply: 'received', resolve: null, reject: 'rejected', duplicate: 'duplicate', ...reporterOnly, split: null },
  triaged: { triage: 'triaged', start: 'in_progress', ask: 'waiting_for_reporter', reply: 'triaged', resolve: 'resolved', reject: 'rejected', duplicate: 'duplicate', ...reporterOnly, split: 'split' },
  in_progress: { triage: 'in_progress', start: null, ask: 'waiting_for_reporter', reply: 'in_progress', resolve: 'resolved', reject: 'rejected', duplicate: 'duplicate', ...reporterOnly, split: 'split' },
  // Issue 10 item 6: no split while a question is open (the pause belongs to the report asked).
  waiting_for_reporter: { triage: 'waiting_for_reporter', start: 'in_progress', ask: 'waiting_for_reporter', reply: 'in_progress', resolve: 'resolved', reject: 'rejected', duplicate: 'duplicate', ...reporterOnly, split: null },
  // Issue 10 item 5: the reporter judges the answer — helped closes, not helped reopens.
  resolved: { triage: null, start: null, ask: null, reply: null, resolve: null, reject: null, duplicate: null, satisfied: 'closed', reopen: 'reopened', split: null },
  duplicate: { triage: null, start: null, ask: null, reply: null, resolve: null, reject: null, duplicate: null, ...reporterOnly, split: null },
  rejected: { triage: null, start: null, ask: null, reply: null, resolve: null, reject: null, duplicate: null, ...reporterOnly, split: null },
  // Back with its handler: handled, asked and answered again; no intake decisions (reject, duplicate) any more.
  reopened: { triage: 'reopened', start: 'in_progress', ask: 'waiting_for_reporter', reply: 'reopened', resolve: 'resolved', reject: null, duplicate: null, ...reporterOnly, split: null },
  closed: { triage: null, start: null, ask: null, reply: null, resolve: null, reject: null, duplicate: null, ...reporterOnly, split: null },
  // Issue 10 item 6: handled in its parts; nobody acts on the original (it closes with its last part).
  split: { triage: null, start: null, ask: null, reply: null, resolve: null, reject: null, duplicate: null, ...reporterOnly, split: null },
};

const SPLIT = { parts: [{ department: 'EZ' }, { department: 'IenW' }] };

const cases = STATUSES.flatMap((status) => ACTIONS.map((action) => ({ status, action, expected: EXPECTED[status][action] })));

describe('report state machine (real PostgreSQL and Kafka)', () => {
  const kit = new LoketTestKit();
  let auth: string;
  let anchor: string;

  beforeAll(async () => {
    await kit.start();
    await kit.publishStrategy();
    auth = `Bearer ${kit.official()}`;
    anchor = (await kit.http.post('/api/loket/reports').send(aReportRequest()).expect(201)).body.reference;
  });
  afterAll(() => kit.stop());

  const post = (reference: string, path: string, body: object) => kit.http.post(`/api/loket/reports/${reference}/${path}`).set('Authorization', auth).send(body);

  async function reportIn(status: ReportStatus): Promise<{ reference: string; token: string }> {
    const r = await kit.submit();
    const steps: Record<ReportStatus, Array<[string, object]>> = {
      received: [],
      triaged: [['triage', { theme: '1.1', priority: 'normal', department: 'EZ' }]],
      in_progress: [['triage', { theme: '1.1', priority: 'normal', department: 'EZ' }], ['status', { status: 'in_progress' }]],
      waiting_for_reporter: [['triage', { theme: '1.1', priority: 'normal', department: 'EZ' }], ['messages', { body: 'Een vraag?' }]],
      resolved: [['triage', { theme: '1.1', priority: 'normal', department: 'EZ' }], ['resolution', { outcome: 'guidance', explanation: 'Zie de handreiking.' }]],
      duplicate: [['duplicate-of', { originalReference: anchor }]],
      rejected: [['resolution', { outcome: 'not-admissible', explanation: 'Geen regelgeving in het geding.' }]],
      reopened: [
        ['triage', { theme: '1.1', priority: 'normal', department: 'EZ' }],
        ['resolution', { outcome: 'guidance', explanation: 'Zie de handreiking.' }],
        ['satisfaction', { helped: false, reason: 'De handreiking gaat niet over mijn geval.' }],
      ],
      closed: [
        ['triage', { theme: '1.1', priority: 'normal', department: 'EZ' }],
        ['resolution', { outcome: 'guidance', explanation: 'Zie de handreiking.' }],
        ['satisfaction', { helped: true }],
      ],
      split: [['triage', { theme: '1.1', priority: 'normal', department: 'EZ' }], ['split', SPLIT]],
    };
    for (const [path, body] of steps[status]) {
      // The judgement is the reporter's, through their link; every other step is the official's.
      const res = path === 'satisfaction' ? kit.http.post(`/api/loket/reports/${r.reference}/satisfaction`).query({ token: r.token }).send(body) : post(r.reference, path, body);
      await res.expect((res) => expect(res.status).toBeLessThan(300));
    }
    return r;
  }

  function act(action: Action, reference: string, token: string) {
    switch (action) {
      case 'triage':
        // Re-assigned within the official's own department: one of another would leave their scope (404).
        return post(reference, 'triage', { theme: '2.4.2', priority: 'low', department: 'EZ' });
      case 'start':
        return post(reference, 'status', { status: 'in_progress' });
      case 'ask':
        return post(reference, 'messages', { body: 'Nog een vraag?', internal: false });
      case 'reply':
        return kit.http.post(`/api/loket/reports/${reference}/messages`).query({ token }).send({ body: 'Mijn antwoord.' });
      case 'resolve':
        return post(reference, 'resolution', { outcome: 'explained', explanation: 'Er is geen belemmering.' });
      case 'reject':
        return post(reference, 'resolution', { outcome: 'not-admissible', explanation: 'Niet ontvankelijk want anoniem.' });
      case 'duplicate':
        return post(reference, 'duplicate-of', { originalReference: anchor });
      case 'satisfied':
        return kit.http.post(`/api/loket/reports/${reference}/satisfaction`).query({ token }).send({ helped: true });
      case 'reopen':
        return kit.http.post(`/api/loket/reports/${reference}/satisfaction`).query({ token }).send({ helped: false, reason: 'Het antwoord helpt mij niet.' });
      case 'split':
        return post(reference, 'split', SPLIT);
    }
  }

  // A hundred independent cases, each on its own report: five at a time (Jest's maxConcurrency), since
  // each spends its time waiting on HTTP and PostgreSQL, not on this process.
  it.concurrent.each(cases)('$action in $status → $expected', async ({ status, action, expected }) => {
    const { reference, token } = await reportIn(status);
    const res = await act(action, reference, token);
    const after = await kit.http.get(`/api/loket/reports/${reference}`).set('Authorization', auth).expect(200);
    if (expected === null) {
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ status: 409, code: 'LOKET.TRANSITION_NOT_ALLOWED', detail: expect.stringMatching(/^Een melding met status ".+" kunt u niet .+\.$/) });
      expect(after.body.status).toBe(status);
    } else {
      expect(res.status).toBeLessThan(300);
      expect(after.body.status).toBe(expected);
    }
  });

  it('says in English what is not allowed', async () => {
    const { reference } = await reportIn('resolved');
    const res = await post(reference, 'status', { status: 'in_progress' }).set('Accept-Language', 'en').expect(409);
    expect(res.body.detail).toBe('A report with status "resolved" cannot start handling it.');
  });
});
