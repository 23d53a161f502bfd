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
});
