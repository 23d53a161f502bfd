import { LoketTestKit, uniqueEmail } from '../support/loket-test-kit';

interface AuditItem {
  at: string;
  actor: { role: string; id: string };
  action: string;
  details: Record<string, string>;
}

/**
 * Issue 10 item 2, what the routing leaves behind, against the real PostgreSQL (Kafka and MailDev
 * for the intake): the rule that routed a report is in the report's audit trail, by the system,
 * and the handler group it assigned filters the officials' queue within the caller's scope.
 * A database of its own: the rules here route every report this file submits.
 */
describe('routing rules in the audit trail and the queue (real PostgreSQL)', () => {
  const kit = new LoketTestKit();
  let admin: string;
  const bwbId = 'BWBR0040455';
  const drones = { name: 'Regeling op afstand bestuurde luchtvaartuigen', bwbId };

  beforeAll(async () => {
    await kit.start();
    await kit.publishStrategy();
    admin = `Bearer ${kit.token(['admin'], 'beheerder-1', null)}`;
  });
  afterAll(() => kit.stop());

  const asAdmin = (method: 'get' | 'post' | 'delete', path: string) => kit.http[method](`/api/loket/admin/${path}`).set('Authorization', admin);
  const ienw = () => `Bearer ${kit.token(['official'], 'behandelaar-ienw', 'IenW')}`;
  const ez = () => `Bearer ${kit.token(['official'], 'behandelaar-ez', 'EZ')}`;

  describe('the audit trail', () => {
    afterAll(async () => {
      for (const { id } of (await asAdmin('get', 'routing-rules').expect(200)).body.items) await asAdmin('delete', `routing-rules/${id}`).expect(204);
    });

    it('records the rule that routed a report at intake as its first entry, by the system, with codes only', async () => {
      await asAdmin('post', 'routing-rules').send({ match: { technology: 'ai' }, department: 'BZK' }).expect(201);
      const rule = await asAdmin('post', 'routing-rules').send({ match: { bwbId, article: '5' }, department: 'IenW', handlerGroup: 'drones' }).expect(201);
      const email = uniqueEmail('routing-audit');
      const { reference } = await kit.submit({ regulation: { ...drones, article: 'artikel 5' } }, email);

      const trail = await kit.http.get(`/api/loket/reports/${reference}/audit`).set('Authorization', ienw()).expect(200);
      expect(trail.body.total).toBe(1);
      const [first] = trail.body.items as AuditItem[];
      expect(first).toEqual({
        at: expect.any(String),
        actor: { role: 'system', id: 'loket' },
        action: 'routing',
        details: { ruleId: rule.body.id, rulePosition: '2', department: 'IenW', handlerGroup: 'drones' },
      });
      // At the moment the report was received (one transaction with the intake).
      const [{ received_at }] = await kit.dataSource.query(`SELECT received_at FROM barrier_reports WHERE reference = $1`, [reference]);
      expect(new Date(first.at).getTime()).toBe(new Date(received_at).getTime());
      // Codes only: nothing the reporter typed or is (name, address, title) in the log.
      const stored = JSON.stringify(await kit.dataSource.query(`SELECT * FROM report_audit_log WHERE report_id = $1`, [await kit.reportId(reference)]));
      expect(stored).not.toContain(email);
      expect(stored).not.toContain('Regeling op afstand');

      // An official who then acts comes after it; an official of another ministry cannot read it.
      await kit.http.post(`/api/loket/reports/${reference}/triage`).set('Authorization', ienw()).send({ theme: '2.1.2', priority: 'normal', department: 'IenW' }).expect(200);
      const after = await kit.http.get(`/api/loket/reports/${reference}/audit`).set('Authorization', ienw()).expect(200);
      expect(after.body.items.map((i: AuditItem) => [i.actor.role, i.action])).toEqual([
        ['system', 'routing'],
        ['official', 'triage'],
      ]);
      await kit.http.get(`/api/loket/reports/${reference}/audit`).set('Authorization', ez()).expect(404);
    });

    it('records no routing for a report no rule matches', async () => {
      const { reference } = await kit.submit({ technology: 'blockchain', regulation: { name: 'Handelsregisterwet 2007' } });
      const trail = await kit.http.get(`/api/loket/reports/${reference}/audit`).set('Authorization', admin).expect(200);
      expect(trail.body).toMatchObject({ total: 0, items: [] });
    });
  });

  describe('the handler group in the queue', () => {
    interface Item {
      reference: string;
      department: string | null;
      handlerGroup?: string;
    }
    const queue = async (auth: string, query: Record<string, string> = {}) => {
      const res = await kit.http.get('/api/loket/reports').set('Authorization', auth).query({ pageSize: 100, ...query }).expect(200);
      return res.body as { items: Item[]; total: number };
    };
    const refs = (page: { items: Item[] }) => page.items.map((i) => i.reference).sort();
    let withGroup: string;
    let withoutGroup: string;
    let otherMinistry: string;

    beforeAll(async () => {
      // The same group name in two ministries: a group is a team within one of them. (Not `drones`:
      // the report routed above is still in IenW's queue with that group.)
      await asAdmin('post', 'routing-rules').send({ match: { bwbId, article: '5' }, department: 'IenW', handlerGroup: 'inspectie' }).expect(201);
      await asAdmin('post', 'routing-rules').send({ match: { technology: 'ai' }, department: 'IenW' }).expect(201);
      await asAdmin('post', 'routing-rules').send({ match: { sector: 'K' }, department: 'EZ', handlerGroup: 'inspectie' }).expect(201);
      withGroup = (await kit.submit({ regulation: { ...drones, article: '5' } })).reference;
      withoutGroup = (await kit.submit({ technology: 'ai', regulation: { name: 'Handelsregisterwet 2007' } })).reference;
      otherMinistry = (await kit.submit({ technology: 'blockchain', sector: 'K', regulation: { name: 'Handelsregisterwet 2007' } })).reference;
    });

    it('shows the group of a routed report in the queue, and nothing for a report routed without one', async () => {
      const all = await queue(ienw());
      expect(all.items.find((i) => i.reference === withGroup)).toMatchObject({ department: 'IenW', handlerGroup: 'inspectie' });
      const plain = all.items.find((i) => i.reference === withoutGroup)!;
      expect(plain.department).toBe('IenW');
      expect(plain).not.toHaveProperty('handlerGroup');
    });

    it('filters on the group within the caller’s scope: another ministry’s official does not see it', async () => {
      const mine = await queue(ienw(), { group: 'inspectie' });
      expect(refs(mine)).toEqual([withGroup]);
      expect(mine.total).toBe(1);
      // EZ's official sees EZ's inspection team, not IenW's.
      const theirs = await queue(ez(), { group: 'inspectie' });
      expect(refs(theirs)).toEqual([otherMinistry]);
      expect(theirs.total).toBe(1);
      // An admin reaches both; the group is written in lowercase, so "Inspectie" finds it.
      expect(refs(await queue(admin, { group: ' Inspectie ' }))).toEqual([withGroup, otherMinistry].sort());
      // Combined with the other filters as any filter is; an unknown group finds nothing.
      expect(refs(await queue(ienw(), { group: 'inspectie', technology: 'ai' }))).toEqual([]);
      expect(await queue(ienw(), { group: 'privacy-team' })).toMatchObject({ items: [], total: 0 });
      // An empty field is no filter (a form sends one).
      expect(refs(await queue(ienw(), { group: '' }))).toEqual(refs(await queue(ienw())));
    });

    it('refuses a group that cannot be one, per field, in Dutch and English', async () => {
      const nl = await kit.http.get('/api/loket/reports').set('Authorization', ienw()).query({ group: 'x'.repeat(61) }).expect(400);
      expect(nl.headers['content-type']).toContain('application/problem+json');
      expect(nl.body.errors).toEqual([{ field: 'group', message: 'Gebruik hoogstens 60 tekens.' }]);
      const en = await kit.http.get('/api/loket/reports').set('Authorization', ienw()).set('Accept-Language', 'en').query({ group: 'drones<script>' }).expect(400);
      expect(en.body.errors).toEqual([{ field: 'group', message: expect.stringMatching(/not allowed/) }]);
    });

    it('keeps the group in a saved filter', async () => {
      const saved = await kit.http.post('/api/loket/desk/filters').set('Authorization', ienw()).send({ name: 'Inspectieteam', filters: { group: 'inspectie', q: '' } }).expect(201);
      expect(saved.body.filters).toEqual({ group: 'inspectie' });
      const list = await kit.http.get('/api/loket/desk/filters').set('Authorization', ienw()).expect(200);
      expect(list.body.items).toEqual([expect.objectContaining({ name: 'Inspectieteam', filters: { group: 'inspectie' } })]);
    });

    it('drops the group once triage moves the report to another ministry (the routing stays on record)', async () => {
      await kit.http.post(`/api/loket/reports/${withGroup}/triage`).set('Authorization', admin).send({ theme: '2.1.2', priority: 'normal', department: 'EZ' }).expect(200);
      expect(refs(await queue(admin, { group: 'inspectie' }))).toEqual([otherMinistry]);
      const moved = (await queue(ez())).items.find((i) => i.reference === withGroup)!;
      expect(moved.department).toBe('EZ');
      expect(moved).not.toHaveProperty('handlerGroup');
      const page = await kit.http.get(`/api/loket/reports/${withGroup}`).set('Authorization', ez()).expect(200);
      expect(page.body.routing).toMatchObject({ department: 'IenW', handlerGroup: 'inspectie' });
    });
  });
});
