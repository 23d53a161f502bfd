import { LoketTestKit, uniqueEmail } from '../support/loket-test-kit';

/**
 * Issue 10 items 2 and 3 against the real PostgreSQL, Kafka and MailDev: an admin's routing rule
 * sends a new report to a department's queue at intake (first matching rule by precedence, the
 * rule shown on the official's report), and an admin's rewrite of a mail is what the reporter
 * gets; answer templates reach the official's report filled in.
 */
describe('routing rules and templates (real PostgreSQL, Kafka and MailDev)', () => {
  const kit = new LoketTestKit();
  let admin: string;

  beforeAll(async () => {
    await kit.start();
    await kit.publishStrategy();
    admin = `Bearer ${kit.token(['admin'], 'beheerder-1', null)}`;
  });
  afterAll(() => kit.stop());

  const asAdmin = (method: 'get' | 'post' | 'put' | 'delete', path: string) => kit.http[method](`/api/loket/admin/${path}`).set('Authorization', admin);
  const bwbId = 'BWBR0040455';

  describe('routing rules', () => {
    it('refuses a rule without a condition and with an unknown department, per field, in Dutch and English', async () => {
      const nl = await asAdmin('post', 'routing-rules').send({ match: { bwbId: ' ' }, department: 'MINVUL' }).expect(422);
      expect(nl.headers['content-type']).toContain('application/problem+json');
      expect(nl.body.errors).toEqual([
        { field: 'match', message: 'Vul minstens één voorwaarde in: BWB-id, artikel, thema, technologie of sector.' },
        { field: 'department', message: 'Kies een ministerie dat het loket kent.' },
      ]);
      const en = await asAdmin('post', 'routing-rules').set('Accept-Language', 'en').send({ match: {}, department: 'EZ' }).expect(422);
      expect(en.body.errors).toEqual([{ field: 'match', message: 'Fill in at least one condition: BWB id, article, theme, technology or sector.' }]);
      // Not for officials.
      await kit.http.get('/api/loket/admin/routing-rules').set('Authorization', `Bearer ${kit.official()}`).expect(403);
    });

    it('routes a new report by the first matching rule into that department’s queue, and shows the rule that fired', async () => {
      const broad = await asAdmin('post', 'routing-rules').send({ match: { bwbId }, department: 'BZK' }).expect(201);
      const narrow = await asAdmin('post', 'routing-rules').send({ match: { bwbId, article: 'artikel 5' }, department: 'IenW', handlerGroup: 'drones' }).expect(201);
      expect([broad.body.position, narrow.body.position]).toEqual([1, 2]);

      // The narrower rule first: it now fires for article 5.
      const moved = await asAdmin('post', `routing-rules/${narrow.body.id}/move`).send({ direction: 'up' }).expect(200);
      expect(moved.body.items.map((r: { id: string }) => r.id)).toEqual([narrow.body.id, broad.body.id]);
      // The first rule up and the last down have nowhere to go: the order stays (it was a 500; schemathesis found it).
      const top = await asAdmin('post', `routing-rules/${narrow.body.id}/move`).send({ direction: 'up' }).expect(200);
      expect(top.body.items.map((r: { id: string }) => r.id)).toEqual([narrow.body.id, broad.body.id]);
      const bottom = await asAdmin('post', `routing-rules/${broad.body.id}/move`).send({ direction: 'down' }).expect(200);
      expect(bottom.body.items.map((r: { id: string }) => r.id)).toEqual([narrow.body.id, broad.body.id]);

      const { reference } = await kit.submit({ regulation: { name: 'Regeling op afstand bestuurde luchtvaartuigen', article: '5', bwbId } }, uniqueEmail());
      const ienw = `Bearer ${kit.token(['official'], 'behandelaar-ienw', 'IenW')}`;
      const queue = await kit.http.get('/api/loket/reports').set('Authorization', ienw).query({ department: 'IenW' }).expect(200);
      expect(queue.body.items.map((i: { reference: string }) => i.reference)).toContain(reference);
      // Not in the intake queue any more: an official of another department cannot reach it.
      await kit.http.get(`/api/loket/reports/${reference}`).set('Authorization', `Bearer ${kit.token(['official'], 'behandelaar-ez', 'EZ')}`).expect(404);

      const page = await kit.http.get(`/api/loket/reports/${reference}`).set('Authorization', ienw).expect(200);
      expect(page.body.status).toBe('received');
      expect(page.body.routing).toMatchObject({ ruleId: narrow.body.id, position: 1, match: { bwbId, article: 'artikel 5' }, department: 'IenW', handlerGroup: 'drones' });

      // Another article: the narrow rule does not hold, the broad one (now 2) does.
      const other = await kit.submit({ regulation: { name: 'Regeling op afstand bestuurde luchtvaartuigen', article: '7', bwbId } }, uniqueEmail());
      const otherPage = await kit.http.get(`/api/loket/reports/${other.reference}`).set('Authorization', admin).expect(200);
      expect(otherPage.body.routing).toMatchObject({ ruleId: broad.body.id, position: 2, department: 'BZK' });
      const [{ department }] = await kit.dataSource.query(`SELECT department FROM barrier_reports WHERE reference = $1`, [other.reference]);
      expect(department).toBe('BZK');

      // Triage decides for good; the routing stays on record.
      await kit.http.post(`/api/loket/reports/${other.reference}/triage`).set('Authorization', admin).send({ theme: '2.1.2', priority: 'normal', department: 'EZ' }).expect(200);
      const triaged = await kit.http.get(`/api/loket/reports/${other.reference}`).set('Authorization', admin).expect(200);
      expect(triaged.body).toMatchObject({ department: 'EZ', routing: { department: 'BZK' } });

      // Deleting a rule closes the gap; a report without a matching rule goes to the intake queue.
      await asAdmin('delete', `routing-rules/${narrow.body.id}`).expect(204);
      const left = await asAdmin('get', 'routing-rules').expect(200);
      expect(left.body.items).toEqual([expect.objectContaining({ id: broad.body.id, position: 1 })]);
      await asAdmin('delete', `routing-rules/${broad.body.id}`).expect(204);
      const unrouted = await kit.submit({ regulation: { name: 'Regeling op afstand bestuurde luchtvaartuigen', article: '5', bwbId } }, uniqueEmail());
      expect((await kit.http.get(`/api/loket/reports/${unrouted.reference}`).set('Authorization', admin).expect(200)).body.routing).toBeNull();
      await asAdmin('get', `routing-rules/${broad.body.id}`).expect(404);
    });
  });

  describe('templates', () => {
    it('sends the admin’s rewrite of a mail in the reporter’s language, and the catalogue’s again after a reset', async () => {
      const bad = await asAdmin('put', 'mail-templates/triaged/nl').send({ subject: 'Beoordeeld {reference}', body: 'Beste {naam}, uiterlijk {answerBy}.' }).expect(422);
      expect(bad.body.errors).toEqual([{ field: 'body', message: '{naam} kan hier niet. Gebruik alleen: {reference}, {answerBy}.' }]);
      await asAdmin('put', 'mail-templates/triaged/xx').send({ subject: 'x', body: 'y' }).expect(404);

      const put = await asAdmin('put', 'mail-templates/triaged/nl').send({ subject: 'Beoordeeld door de beheerder: {reference}', body: 'Eigen tekst van de beheerder. Antwoord uiterlijk {answerBy}.' }).expect(200);
      expect(put.body).toMatchObject({ type: 'triaged', language: 'nl', overridden: true, placeholders: ['reference', 'answerBy'] });

      const { reference, email } = await kit.submit();
      await kit.http.post(`/api/loket/reports/${reference}/triage`).set('Authorization', admin).send({ theme: '2.1.2', priority: 'normal', department: 'EZ' }).expect(200);
      const mail = await kit.mailTo(email, (m) => m.subject === `Beoordeeld door de beheerder: ${reference}`);
      expect(mail.text).toMatch(/Eigen tekst van de beheerder\. Antwoord uiterlijk \d{1,2} [a-z]+ \d{4}\./);
      expect(mail.text).toContain(`http://portal.test/meldingen/${reference}?token=`);

      const list = await asAdmin('get', 'mail-templates').expect(200);
      expect(list.body.items).toHaveLength(16);
      expect(list.body.items.find((i: { type: string; language: string }) => i.type === 'triaged' && i.language === 'en')).toMatchObject({ overridden: false, subject: 'Your report {reference} has been triaged' });

      await asAdmin('delete', 'mail-templates/triaged/nl').expect(200);
      const again = await kit.submit();
      await kit.http.post(`/api/loket/reports/${again.reference}/triage`).set('Authorization', admin).send({ theme: '2.1.2', priority: 'normal', department: 'EZ' }).expect(200);
      await kit.mailTo(again.email, (m) => m.subject === `Uw melding ${again.reference} is beoordeeld`);
    });

    it('offers the answer templates on the official’s report with the report’s values filled in', async () => {
      const bad = await asAdmin('post', 'answer-templates').send({ purpose: 'explained', title: 'Uitleg', body: 'Beste {naam}, over {reference}.' }).expect(422);
      expect(bad.body.errors).toEqual([{ field: 'body', message: '{naam} kan hier niet. Gebruik alleen: {reference}, {regulation}, {department}.' }]);
      const created = await asAdmin('post', 'answer-templates')
        .send({ purpose: 'explained', title: 'Uitleg over de regel', body: 'Uw melding {reference} over {regulation} is bekeken door {department}.' })
        .expect(201);

      const { reference } = await kit.submit();
      await kit.http.post(`/api/loket/reports/${reference}/triage`).set('Authorization', admin).send({ theme: '2.1.2', priority: 'normal', department: 'EZ' }).expect(200);
      const page = await kit.http.get(`/api/loket/reports/${reference}`).set('Authorization', `Bearer ${kit.official()}`).expect(200);
      expect(page.body.answerTemplates).toContainEqual({
        id: created.body.id,
        purpose: 'explained',
        title: 'Uitleg over de regel',
        text: `Uw melding ${reference} over Regeling op afstand bestuurde luchtvaartuigen, artikel 5 is bekeken door Economische Zaken.`,
      });

      await asAdmin('put', `answer-templates/${created.body.id}`).send({ purpose: 'question', title: 'Vraag', body: 'Kunt u meer vertellen over {reference}?' }).expect(200);
      expect((await asAdmin('get', `answer-templates/${created.body.id}`).expect(200)).body).toMatchObject({ purpose: 'question' });
      await asAdmin('delete', `answer-templates/${created.body.id}`).expect(204);
      await asAdmin('delete', `answer-templates/${created.body.id}`).expect(404);
    });
  });
});
