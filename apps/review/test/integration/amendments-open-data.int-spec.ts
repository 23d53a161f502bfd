import type { NestExpressApplication } from '@nestjs/platform-express';
import { Topics } from '@pb/contracts';
import { EventBroker, ReceivedMessage } from '@pb/messaging';
import { createTestApp, createTestDatabase, dropTestDatabase, testEnv, testLogger, waitFor } from '@pb/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ReviewAppModule } from '../../src/app.module';
import { ReviewEnv } from '../../src/config/review.env';
import { reviewMigrations } from '../../src/migrations';
import { consultationScenario, loketScenario, strategyVersionEvent } from '../factories/review-scenario.factory';
import { publishScenario, waitForProjected } from '../factories/review-test-kit';
import { tokenFor } from '../factories/tokens';

jest.setTimeout(120_000);

describe('amendments, the next strategy version and open data (real PostgreSQL and Kafka)', () => {
  let app: NestExpressApplication;
  let db: { name: string; url: string };
  let env: ReviewEnv;
  const seen: ReceivedMessage[] = [];
  // Reporters write names, addresses and numbers where they should not; none of it may reach open data.
  const personal = ['Jan Jansen', 'jan.jansen@example.nl', '06-12345678', 'Piet Pietersen', '0612345678'];
  const loket = loketScenario({ reports: 80, seed: 21, years: [2026], title: (i) => `Drone-vergunning ${i} — Jan Jansen, jan.jansen@example.nl, 06-12345678`, regulationName: () => 'Wet luchtvaart (vraag Piet Pietersen, 0612345678)' });
  const consultation = consultationScenario({ proposals: 4, responsesPerProposal: 5, seed: 9 });
  const events = [strategyVersionEvent(), ...loket, ...consultation];
  const http = () => request(app.getHttpServer());
  const coordinator = () => tokenFor(env, 'coordinator');

  beforeAll(async () => {
    db = await createTestDatabase('review', reviewMigrations);
    env = testEnv(ReviewEnv, { DATABASE_URL: db.url });
    app = await createTestApp(ReviewAppModule.register({ env, logger: testLogger() }));
    await app.get(EventBroker).subscribe({ groupId: 'test-observer', topics: [Topics.amendments], onMessage: async (m) => void seen.push(m) });
    await publishScenario(app, events);
    await waitForProjected(app.get(DataSource), events.length);
  });

  afterAll(async () => {
    await app?.close();
    await dropTestDatabase(db.name);
  });

  const payloads = (type: string) => events.filter((e) => e.envelope.type === type).map((e) => e.envelope.payload as Record<string, unknown>);

  it('takes amendments citing evidence, decides them once, and asks for the next strategy version by event', async () => {
    const cluster = payloads('loket.BarrierMarkedDuplicate')[0].originalReportId as string;
    const proposalId = payloads('consultation.ProposalPublished')[0].proposalId as string;
    const responseId = payloads('consultation.ResponseSubmitted')[0].responseId as string;
    const body = {
      kind: 'add-action', themeCode: '2.1.2', text: 'Experimenteerruimte voor drones in de Wet luchtvaart.', summary: 'Drones: experimenteerruimte',
      evidence: [{ type: 'barrier-cluster', id: cluster }, { type: 'consultation', id: proposalId }, { type: 'response', id: responseId }],
    };
    await http().post('/api/review/years/2026/amendments').send(body).expect(401);
    await http().post('/api/review/years/2026/amendments').set('Authorization', tokenFor(env, 'official')).send(body).expect(403);
    const bad = await http().post('/api/review/years/2026/amendments').set('Authorization', coordinator()).send({ ...body, kind: 'rewrite', evidence: [], extra: 1 }).expect(400);
    expect(bad.body.errors).toEqual(expect.arrayContaining([
      { field: 'kind', message: 'Kies een van: add-action, change-action, retire-action, change-ambition.' },
      { field: 'evidence', message: 'Geef minstens 1 items.' },
      { field: 'extra', message: 'Dit veld is onbekend en niet toegestaan.' },
    ]));
    const unknown = await http().post('/api/review/years/2026/amendments').set('Authorization', coordinator()).send({ ...body, evidence: [{ type: 'barrier-report', id: 'LKT-2026-999999' }] }).expect(422);
    expect(unknown.body.code).toBe('REVIEW.UNKNOWN_EVIDENCE');
    await http().post('/api/review/years/2026/amendments').set('Authorization', coordinator()).send({ ...body, kind: 'retire-action', text: undefined, actionIndex: 9 }).expect(422);

    const accepted = (await http().post('/api/review/years/2026/amendments').set('Authorization', coordinator()).send(body).expect(201)).body;
    const declined = (await http().post('/api/review/years/2026/amendments').set('Authorization', coordinator()).send({ ...body, kind: 'retire-action', text: undefined, actionIndex: 0 }).expect(201)).body;
    await http().post(`/api/review/amendments/${accepted.id}/decision`).set('Authorization', coordinator()).send({ decision: 'accepted' }).expect(400);
    await http().post(`/api/review/amendments/${accepted.id}/decision`).set('Authorization', coordinator()).send({ decision: 'accepted', reason: 'Gedragen door meldingen en consultatie.' }).expect(200);
    await http().post(`/api/review/amendments/${declined.id}/decision`).set('Authorization', coordinator()).send({ decision: 'declined', reason: 'De actie loopt nog.' }).expect(200);
    const again = await http().post(`/api/review/amendments/${accepted.id}/decision`).set('Authorization', coordinator()).send({ decision: 'declined', reason: 'x' }).expect(409);
    expect(again.body.code).toBe('REVIEW.AMENDMENT_DECIDED');

    const revision = (await http().post('/api/review/years/2026/strategy-revision').set('Authorization', coordinator()).expect(202)).body;
    expect(revision).toMatchObject({ baseVersion: '2018.0', newVersion: '2027.0', amendments: [accepted.id] });
    const message = await waitFor(async () => seen.find((m) => m.value?.toString().includes(revision.id)), Boolean, { what: 'StrategyRevisionRequested on Kafka' });
    expect(JSON.parse(message!.value!.toString())).toMatchObject({
      type: 'review.StrategyRevisionRequested', version: 1, aggregateId: revision.id, actor: { role: 'coordinator' },
      payload: { baseVersion: '2018.0', newVersion: '2027.0', year: 2026, amendments: [{ amendmentId: accepted.id, kind: 'add-action', themeCode: '2.1.2', text: body.text, summary: body.summary }] },
    });
    const none = await http().post('/api/review/years/2026/strategy-revision').set('Authorization', coordinator()).expect(409);
    expect(none.body.code).toBe('REVIEW.NO_ACCEPTED_AMENDMENTS');

    const list = (await http().get('/api/review/years/2026/amendments').expect(200)).body;
    expect(list.items.map((a: { status: string; requestedInVersion: string | null }) => [a.status, a.requestedInVersion])).toEqual([['accepted', '2027.0'], ['declined', null]]);
    expect(list.next).toBeNull();
    const one = (await http().get('/api/review/years/2026/amendments?limit=1').expect(200)).body;
    expect(one.items.map((a: { id: string }) => a.id)).toEqual([accepted.id]);
    expect((await http().get(one.next).expect(200)).body).toMatchObject({ items: [{ id: declined.id }], next: null });

    // The proposals service answers with the new version; the review's changelog and diff show the amendment in it.
    const next = strategyVersionEvent('2027.0', undefined, '2027-02-01T10:00:00.000Z');
    const payload = next.envelope.payload as { previousVersion: string | null; themes: { code: string; actions: string[] }[]; changes: object[] };
    payload.previousVersion = '2018.0';
    payload.themes.find((t) => t.code === '2.1.2')!.actions.push(body.text);
    payload.changes = [{ amendmentId: accepted.id, kind: 'add-action', themeCode: '2.1.2', summary: body.summary }];
    await publishScenario(app, [next]);
    const changelog = await waitFor(async () => (await http().get('/api/review/strategy/versions').expect(200)).body, (b) => b.items.length === 2, { what: 'version 2027.0 projected' });
    expect(changelog.next).toBeNull();
    expect(changelog.items[1]).toMatchObject({ version: '2027.0', previousVersion: '2018.0', changes: [{ amendmentId: accepted.id }] });
    const firstOfOne = (await http().get('/api/review/strategy/versions?limit=1').expect(200)).body;
    expect(firstOfOne.items.map((v: { version: string }) => v.version)).toEqual(['2018.0']);
    expect((await http().get(firstOfOne.next).expect(200)).body).toMatchObject({ items: [{ version: '2027.0' }], next: null });
    const diff = (await http().get('/api/review/strategy/versions/2018.0/diff/2027.0').expect(200)).body;
    expect(diff.themes).toEqual([{ code: '2.1.2', change: 'changed', actionsAdded: [body.text], actionsRemoved: [] }]);
    await http().get('/api/review/strategy/versions/2018.0/diff/2099.0').expect(404);
  });

  it('publishes documented open datasets in which nothing identifies a person', async () => {
    const index = (await http().get('/api/review/open-data').expect(200)).body as { name: string; url: string; schema: { columns: { name: string }[] } }[];
    expect(index.map((d) => d.name)).toEqual(expect.arrayContaining(['barrier-reports', 'figures', 'outcomes', 'consultations', 'strategy-versions', 'amendments']));
    const pseudonyms = [
      ...payloads('loket.BarrierReported').map((p) => p.reporterId as string),
      ...payloads('loket.BarrierTriaged').map((p) => p.handlerId as string),
      ...payloads('consultation.ResponseSubmitted').map((p) => p.respondentId as string),
      'coordinator-1',
    ];
    const email = /[\w.+-]+@[\w-]+\.[\w.-]+/;
    const phone = /(?<![\w-])(?:\+31|0)(?:[\s-]?\d){9}(?![\w-])/;
    for (const d of index) {
      const res = await http().get(d.url).expect(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      const [header, ...rows] = res.text.trimEnd().split('\r\n');
      expect(header).toBe(d.schema.columns.map((c) => c.name).join(','));
      if (['barrier-reports', 'figures', 'consultations', 'strategy-themes', 'amendments'].includes(d.name)) expect(rows.length).toBeGreaterThan(0);
      for (const p of personal) expect(res.text).not.toContain(p);
      for (const p of pseudonyms) expect(res.text).not.toContain(p);
      expect(res.text).not.toMatch(email);
      expect(res.text).not.toMatch(phone);
    }
    const reports = (await http().get('/api/review/open-data/barrier-reports.csv').expect(200)).text;
    expect(reports.trimEnd().split('\r\n')).toHaveLength(81);
    await http().get('/api/review/open-data/nope.csv').expect(404);
    await http().get('/api/review/open-data/..%2Fetc.csv').expect(400);
  });
});
