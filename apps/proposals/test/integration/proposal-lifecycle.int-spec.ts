import type { NestExpressApplication } from '@nestjs/platform-express';
import { signDevelopmentToken } from '@pb/auth';
import { FixedClock } from '@pb/kernel';
import { createTestApp, createTestDatabase, dropTestDatabase, testEnv, testLogger } from '@pb/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ProposalsAppModule } from '../../src/app.module';
import { ProposalsEnv } from '../../src/config/proposals.env';
import { proposalsMigrations } from '../../src/migrations';
import { ProposalScheduler } from '../../src/proposals/transport/schedule/proposal.scheduler';
import { aProposalRequest } from '../factories/proposal-request.factory';

jest.setTimeout(120_000);

const BODY = 'Eerste alinea over werkplaatsen.\n\nTweede alinea over de provincies.\n\nDerde alinea over de kosten.';

describe('a proposal that changes: draft edits, text versions, a later closing time, withdrawal (real PostgreSQL)', () => {
  let app: NestExpressApplication;
  let db: { name: string; url: string };
  let ds: DataSource;
  let auth: string;
  const clock = new FixedClock(new Date('2026-11-20T10:00:00Z'));
  const http = () => request(app.getHttpServer());
  const events = async (aggregateId: string) =>
    (await ds.query(`SELECT envelope FROM outbox_messages WHERE envelope->>'aggregateId' = $1 ORDER BY position`, [aggregateId])).map(
      (r: { envelope: { type: string; version: number; aggregateVersion: number; payload: Record<string, unknown> } }) => r.envelope,
    );
  const published = async (overrides: Record<string, unknown> = {}) => {
    const draft = (await http().post('/api/proposals').set('Authorization', auth).send(aProposalRequest({ body: BODY, ...overrides })).expect(201)).body;
    return (await http().post(`/api/proposals/${draft.id}/publish`).set('Authorization', auth).expect(200)).body;
  };

  beforeAll(async () => {
    db = await createTestDatabase('proposals', proposalsMigrations);
    const env = testEnv(ProposalsEnv, { DATABASE_URL: db.url, SCHEDULER_ENABLED: false });
    app = await createTestApp(ProposalsAppModule.register({ env, logger: testLogger(), clock }));
    ds = app.get(DataSource);
    auth = `Bearer ${signDevelopmentToken({ secret: env.JWT_SECRET, issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE }, { sub: 'coordinator-1', roles: ['coordinator'] })}`;
  });

  afterEach(() => clock.set(new Date('2026-11-20T10:00:00Z')));

  afterAll(async () => {
    await app?.close();
    await dropTestDatabase(db.name);
  });

  it('edits a draft in place with ProposalDraftEdited, and refuses to once it is published', async () => {
    const draft = (await http().post('/api/proposals').set('Authorization', auth).send(aProposalRequest()).expect(201)).body;
    const edited = (
      await http()
        .put(`/api/proposals/${draft.id}`)
        .set('Authorization', auth)
        .send(aProposalRequest({ title: 'Werkplaatsen in elke regio', theme: '1.2', questions: [{ text: 'Welke belemmeringen ervaart u bij het digitaliseren van uw bedrijf?' }] }))
        .expect(200)
    ).body;
    expect(edited).toMatchObject({ status: 'draft', title: 'Werkplaatsen in elke regio', theme: '1.2', textVersion: null, paragraphs: [] });
    // The unchanged question keeps its id.
    expect(edited.questions).toEqual([draft.questions[0]]);
    const [, editedEvent] = await events(draft.id);
    expect(editedEvent).toMatchObject({ type: 'consultation.ProposalDraftEdited', version: 1, aggregateVersion: 2, payload: { title: 'Werkplaatsen in elke regio', theme: '1.2' } });
    await http().post(`/api/proposals/${draft.id}/publish`).set('Authorization', auth).expect(200);
    const again = await http().put(`/api/proposals/${draft.id}`).set('Authorization', auth).send(aProposalRequest()).expect(409);
    expect(again.body.code).toBe('PROPOSALS.NOT_A_DRAFT');
  });

  it('publishes with anchors (ProposalPublished v3, which carries the v2 anchors and the typed questions) and corrects the text as a new version that keeps anchors and the earlier version', async () => {
    const p = await published();
    expect(p.textVersion).toBe(1);
    expect(p.paragraphs.map((x: { anchor: string; since: number }) => [x.anchor, x.since])).toEqual([['a1', 1], ['a2', 1], ['a3', 1]]);
    expect(p.paragraphs[1].html).toBe('<p>Tweede alinea over de provincies.</p>\n');
    const corrected = (
      await http()
        .post(`/api/proposals/${p.id}/text`)
        .set('Authorization', auth)
        .send({ body: 'Eerste alinea over werkplaatsen.\n\nTweede alinea over alle twaalf provincies.\n\nDerde alinea over de kosten.\n\nVierde alinea, nieuw.' })
        .expect(200)
    ).body;
    expect(corrected.textVersion).toBe(2);
    expect(corrected.paragraphs.map((x: { anchor: string; since: number }) => [x.anchor, x.since])).toEqual([['a1', 1], ['a2', 2], ['a3', 1], ['a4', 2]]);
    const [kept] = await ds.query(`SELECT version, body, paragraphs FROM proposal_text_versions WHERE proposal_id = $1`, [p.id]);
    expect(kept).toMatchObject({ version: 1, body: BODY });
    expect(kept.paragraphs.map((x: { anchor: string }) => x.anchor)).toEqual(['a1', 'a2', 'a3']);
    const types = (await events(p.id)).map((e: { type: string; version: number; aggregateVersion: number }) => `${e.type} v${e.version} @${e.aggregateVersion}`);
    expect(types).toEqual(['consultation.ProposalDrafted v1 @1', 'consultation.ProposalPublished v3 @2', 'consultation.ProposalTextCorrected v1 @3']);
    const correctedEvent = (await events(p.id))[2].payload;
    expect(correctedEvent).toEqual({
      proposalId: p.id,
      theme: '1.1',
      textVersion: 2,
      paragraphs: [{ anchor: 'a1', since: 1 }, { anchor: 'a2', since: 2 }, { anchor: 'a3', since: 1 }, { anchor: 'a4', since: 2 }],
      correctedAt: '2026-11-20T10:00:00.000Z',
    });
    // The same text again is not a correction; a bad body is refused per field.
    expect((await http().post(`/api/proposals/${p.id}/text`).set('Authorization', auth).send({ body: corrected.body }).expect(422)).body.code).toBe('PROPOSALS.TEXT_UNCHANGED');
    expect((await http().post(`/api/proposals/${p.id}/text`).set('Authorization', auth).send({ body: 'kort' }).expect(400)).body.errors).toEqual([{ field: 'body', message: expect.any(String) }]);
  });

  it('extends the closing time only later and only before it has passed, with ProposalClosingExtended', async () => {
    const p = await published({ opensAt: '2026-12-01T09:00:00+01:00', closesAt: '2026-12-10T23:59:59+01:00' });
    const earlier = await http().post(`/api/proposals/${p.id}/closing`).set('Authorization', auth).send({ closesAt: '2026-12-09T23:59:59+01:00' }).expect(422);
    expect(earlier.body.code).toBe('PROPOSALS.CLOSING_TIME_NOT_LATER');
    const extended = (await http().post(`/api/proposals/${p.id}/closing`).set('Authorization', auth).send({ closesAt: '2026-12-24T23:59:59+01:00' }).expect(200)).body;
    expect(extended.closesAt).toBe('2026-12-24T22:59:59.000Z');
    expect((await events(p.id)).at(-1)).toMatchObject({
      type: 'consultation.ProposalClosingExtended',
      payload: { previousClosesAt: '2026-12-10T22:59:59.000Z', closesAt: '2026-12-24T22:59:59.000Z', extendedAt: '2026-11-20T10:00:00.000Z' },
    });
    // The scheduler closes at the new time, not the old one.
    const scheduler = app.get(ProposalScheduler);
    clock.set(new Date('2026-12-11T10:00:00Z'));
    expect((await scheduler.tick()).closed).not.toContain(p.id);
    clock.set(new Date('2026-12-25T00:00:00Z'));
    expect((await scheduler.tick()).closed).toContain(p.id);
    const late = await http().post(`/api/proposals/${p.id}/closing`).set('Authorization', auth).send({ closesAt: '2027-01-24T23:59:59+01:00' }).expect(409);
    expect(late.body.code).toBe('PROPOSALS.NOT_CHANGEABLE');
  });

  it('withdraws with a reason: the page shows it, the event carries only the code, the scheduler leaves it alone', async () => {
    const p = await published({ opensAt: '2026-12-01T09:00:00+01:00' });
    const bad = await http().post(`/api/proposals/${p.id}/withdraw`).set('Authorization', auth).send({ reason: 'bored', explanation: 'x' }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['explanation', 'reason']);
    const withdrawn = (
      await http().post(`/api/proposals/${p.id}/withdraw`).set('Authorization', auth).send({ reason: 'policy-changed', explanation: 'Het kabinet kiest voor een landelijke aanpak.' }).expect(200)
    ).body;
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawal: { reason: 'policy-changed', explanation: 'Het kabinet kiest voor een landelijke aanpak.', at: '2026-11-20T10:00:00.000Z' } });
    expect((await http().get(`/api/proposals/${p.id}`).expect(200)).body.status).toBe('withdrawn');
    const event = (await events(p.id)).at(-1)!;
    expect(event).toMatchObject({ type: 'consultation.ProposalWithdrawn', payload: { proposalId: p.id, theme: '1.1', reason: 'policy-changed', withdrawnAt: '2026-11-20T10:00:00.000Z' } });
    expect(JSON.stringify(event.payload)).not.toContain('landelijke');
    clock.set(new Date('2026-12-01T08:00:00Z'));
    expect((await app.get(ProposalScheduler).tick()).opened).not.toContain(p.id);
    await http().post(`/api/proposals/${p.id}/withdraw`).set('Authorization', auth).send({ reason: 'other', explanation: 'Nog een keer intrekken.' }).expect(409);
    await http().post(`/api/proposals/${p.id}/text`).set('Authorization', auth).send({ body: 'Een heel andere tekst.' }).expect(409);
  });

  it('lets only coordinators change a proposal', async () => {
    const p = await published();
    await http().post(`/api/proposals/${p.id}/withdraw`).send({ reason: 'other', explanation: 'Zonder inloggen.' }).expect(401);
    await http().post(`/api/proposals/${p.id}/text`).send({ body: 'Zonder inloggen gecorrigeerd.' }).expect(401);
    await http().post(`/api/proposals/00000000-0000-4000-8000-000000000000/closing`).set('Authorization', auth).send({ closesAt: '2027-02-01T00:00:00+01:00' }).expect(404);
  });
});
