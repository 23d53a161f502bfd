import { LoketTestKit } from '../support/loket-test-kit';
import { aReportRequest } from '../factories/report-request.factory';

describe('officials: access and the queue (real PostgreSQL and Kafka)', () => {
  const kit = new LoketTestKit();
  let auth: string;
  let reference: string;

  beforeAll(async () => {
    await kit.start();
    await kit.publishStrategy();
    auth = `Bearer ${kit.official()}`;
    reference = (await kit.http.post('/api/loket/reports').send(aReportRequest()).expect(201)).body.reference;
  });
  afterAll(() => kit.stop());

  const officialEndpoints = () => [
    { method: 'get', path: '/api/loket/reports', body: undefined },
    { method: 'get', path: `/api/loket/reports/${reference}`, body: undefined },
    { method: 'post', path: `/api/loket/reports/${reference}/triage`, body: { theme: '1.1', priority: 'low', department: 'EZ' } },
    { method: 'post', path: `/api/loket/reports/${reference}/status`, body: { status: 'in_progress' } },
    { method: 'post', path: `/api/loket/reports/${reference}/messages`, body: { body: 'Notitie', internal: true } },
    { method: 'post', path: `/api/loket/reports/${reference}/duplicate-of`, body: { originalReference: 'LKT-2026-000001' } },
    { method: 'post', path: `/api/loket/reports/${reference}/resolution`, body: { outcome: 'explained', explanation: 'Geen belemmering hier.' } },
  ];

  it('refuses every official endpoint without a token (401) and to moderators and coordinators (403)', async () => {
    for (const e of officialEndpoints()) {
      const send = (r: ReturnType<typeof kit.http.get>) => (e.body ? r.send(e.body) : r);
      const call = () => (e.method === 'get' ? kit.http.get(e.path) : kit.http.post(e.path));
      const anonymous = await send(call());
      expect([e.path, anonymous.status]).toEqual([e.path, 401]);
      expect(anonymous.headers['content-type']).toContain('application/problem+json');
      for (const role of ['moderator', 'coordinator'] as const) {
        const res = await send(call().set('Authorization', `Bearer ${kit.token([role])}`));
        expect([e.path, role, res.status]).toEqual([e.path, role, 403]);
      }
      const forged = await send(call().set('Authorization', `Bearer ${kit.official()}x`));
      expect([e.path, 'forged', forged.status]).toEqual([e.path, 'forged', 401]);
    }
    const [row] = await kit.dataSource.query(`SELECT status FROM barrier_reports WHERE reference = $1`, [reference]);
    expect(row.status).toBe('received');
    const [{ n }] = await kit.dataSource.query(`SELECT count(*)::int AS n FROM report_messages`);
    expect(n).toBe(0);
  });

  it('filters, pages and sorts the queue by deadline', async () => {
    // Intake sees every department's reports; an official only the intake queue and their own (access-scope.int-spec.ts).
    const auth = `Bearer ${kit.token(['intake'], 'intake-1', null)}`;
    const mk = async (overrides: Record<string, unknown>, triage?: Record<string, unknown>) => {
      const ref = (await kit.http.post('/api/loket/reports').send(aReportRequest(overrides)).expect(201)).body.reference as string;
      if (triage) await kit.http.post(`/api/loket/reports/${ref}/triage`).set('Authorization', auth).send({ priority: 'normal', ...triage }).expect(200);
      return ref;
    };
    const ai = await mk({ technology: 'ai', title: 'AI-diagnose in de huisartsenpraktijk mag niet', regulation: { name: 'Wet op de medische hulpmiddelen', bwbId: 'BWBR0002451' } }, { theme: '2.4.2', department: 'VWS' });
    const chain = await mk({ technology: 'blockchain', title: 'Tokenplatform moet elke klant fysiek identificeren', regulation: { name: 'Wwft art. 3' } }, { theme: '2.1.2', department: 'FIN' });
    const drone = await mk({ technology: 'drones' });

    const get = (query: Record<string, unknown>) => kit.http.get('/api/loket/reports').set('Authorization', auth).query(query).expect(200);
    const refs = (body: { items: { reference: string }[] }) => body.items.map((i) => i.reference);

    expect(refs((await get({ technology: 'ai' })).body)).toEqual([ai]);
    expect(refs((await get({ department: 'FIN' })).body)).toEqual([chain]);
    expect(refs((await get({ theme: '2.4.2' })).body)).toEqual([ai]);
    expect(refs((await get({ status: 'triaged' })).body).sort()).toEqual([ai, chain].sort());
    expect(refs((await get({ q: 'tokenplatform' })).body)).toEqual([chain]);
    expect(refs((await get({ regulation: 'BWBR0002451' })).body)).toEqual([ai]);
    // Typed as a name only, found by the BWB id the regulation index gave it at intake.
    expect(refs((await get({ regulation: 'BWBR0024282' })).body)).toEqual([chain]);
    expect(refs((await get({ q: '100%_' })).body)).toEqual([]);

    const all = (await get({ pageSize: 100 })).body;
    expect(all).toMatchObject({ total: 4, page: 1, pageSize: 100, overdueCount: 0 });
    // Received reports are due for triage first (5 working days), triaged ones only for an answer (40).
    const due = all.items.map((i: { status: string; deadlines: { triageBy: string; answerBy: string } }) => (i.status === 'received' ? i.deadlines.triageBy : i.deadlines.answerBy));
    expect([...due].sort()).toEqual(due);
    expect(refs(all).slice(0, 2).sort()).toEqual([reference, drone].sort());

    const page1 = (await get({ pageSize: 3, page: 1 })).body;
    const page2 = (await get({ pageSize: 3, page: 2 })).body;
    expect(page1).toMatchObject({ total: 4, page: 1, pageSize: 3 });
    expect(page1.items).toHaveLength(3);
    expect(page2.items).toHaveLength(1);
    expect(new Set([...refs(page1), ...refs(page2)]).size).toBe(4);
    expect((await get({ overdue: 'true' })).body).toMatchObject({ total: 0, items: [] });
  });

  it('refuses bad queue parameters with field messages', async () => {
    const res = await kit.http.get('/api/loket/reports').set('Authorization', auth).query({ status: 'lost', page: 'two', pageSize: 1000, overdue: 'maybe', colour: 'red' }).expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['colour', 'overdue', 'page', 'pageSize', 'status']);
  });
});
