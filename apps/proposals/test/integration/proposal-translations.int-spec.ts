import type { NestExpressApplication } from '@nestjs/platform-express';
import { signDevelopmentToken } from '@pb/auth';
import { FixedClock } from '@pb/kernel';
import { createTestApp, createTestDatabase, dropTestDatabase, testEnv, testLogger } from '@pb/testing';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ProposalsAppModule } from '../../src/app.module';
import { ProposalsEnv } from '../../src/config/proposals.env';
import { proposalsMigrations } from '../../src/migrations';
import { aProposalRequest } from '../factories/proposal-request.factory';

jest.setTimeout(120_000);

/** Issue 11 item 7: a coordinator enters and corrects a proposal's English text; the API serves it, or null (real PostgreSQL). */
describe('a proposal in English (real PostgreSQL)', () => {
  let app: NestExpressApplication;
  let db: { name: string; url: string };
  let ds: DataSource;
  let auth: string;
  let citizenOfficial: string;
  const clock = new FixedClock(new Date('2026-11-20T10:00:00Z'));
  const http = () => request(app.getHttpServer());
  const outbox = async (id: string) => (await ds.query(`SELECT envelope->>'type' AS type FROM outbox_messages WHERE envelope->>'aggregateId' = $1 ORDER BY position`, [id])).map((r: { type: string }) => r.type);
  const english = (questions: unknown[] = []) => ({ title: 'Regional workshops for SMEs', summary: 'The cabinet proposes a workshop in every province.', body: 'A **workshop** in every province.\n\nSecond paragraph.', questions });
  const aDraft = async () =>
    (
      await http()
        .post('/api/proposals')
        .set('Authorization', auth)
        .send(aProposalRequest({ questions: [{ text: 'Wat mist u nog?' }, { text: 'Steunt u dit voorstel?', kind: 'single-choice', options: ['Voor', 'Tegen'] }, { text: 'Hoe belangrijk?', kind: 'scale' }] }))
        .expect(201)
    ).body;

  beforeAll(async () => {
    db = await createTestDatabase('proposals', proposalsMigrations);
    const env = testEnv(ProposalsEnv, { DATABASE_URL: db.url, SCHEDULER_ENABLED: false });
    app = await createTestApp(ProposalsAppModule.register({ env, logger: testLogger(), clock }));
    ds = app.get(DataSource);
    const token = (roles: string[]) => `Bearer ${signDevelopmentToken({ secret: env.JWT_SECRET, issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE }, { sub: 'user-1', roles: roles as never })}`;
    auth = token(['coordinator']);
    citizenOfficial = token(['official']);
  });

  afterAll(async () => {
    await app?.close();
    await dropTestDatabase(db.name);
  });

  it('stores a draft\'s translation and serves it beside the Dutch, rendered, with the questions and options it translates; without one it is null', async () => {
    const draft = await aDraft();
    expect(draft.translation).toBeNull();
    const [, choice] = draft.questions;
    const saved = (
      await http()
        .put(`/api/proposals/${draft.id}/translations/en`)
        .set('Authorization', auth)
        .send(english([{ id: choice.id, text: 'Do you support this proposal?', options: [{ id: choice.options[1].id, label: 'Against' }] }]))
        .expect(200)
    ).body;
    expect(saved.title).toBe(draft.title);
    expect(saved.translation).toEqual({
      lang: 'en',
      title: 'Regional workshops for SMEs',
      summary: 'The cabinet proposes a workshop in every province.',
      body: 'A **workshop** in every province.\n\nSecond paragraph.',
      bodyHtml: '<p>A <strong>workshop</strong> in every province.</p>\n<p>Second paragraph.</p>\n',
      questions: [{ id: choice.id, text: 'Do you support this proposal?', options: [{ id: choice.options[1].id, label: 'Against' }] }],
      translatedAt: '2026-11-20T10:00:00.000Z',
    });
    const [row] = await ds.query(`SELECT lang, title, translated_by FROM proposal_translations WHERE proposal_id = $1`, [draft.id]);
    expect(row).toEqual({ lang: 'en', title: 'Regional workshops for SMEs', translated_by: 'user-1' });
    // Published: the list carries the title and summary (no body); the public reads it too.
    await http().post(`/api/proposals/${draft.id}/publish`).set('Authorization', auth).expect(200);
    const list = (await http().get('/api/proposals?status=scheduled').expect(200)).body.items;
    const listed = list.find((p: { id: string }) => p.id === draft.id);
    expect(listed.translation).toMatchObject({ lang: 'en', title: 'Regional workshops for SMEs', summary: 'The cabinet proposes a workshop in every province.' });
    expect(listed.translation.body).toBeUndefined();
    expect((await http().get(`/api/proposals/${draft.id}`).expect(200)).body.translation.title).toBe('Regional workshops for SMEs');
    const other = await aDraft();
    expect((await http().get(`/api/proposals/${other.id}`).set('Authorization', auth).expect(200)).body.translation).toBeNull();
  });

  // Renamed and changed by the English mails of the comments service: each save announces the translated title (was: no event).
  it('corrects the translation of a published proposal in place: no new text version; each save announces the title it has now', async () => {
    const draft = await aDraft();
    const published = (await http().post(`/api/proposals/${draft.id}/publish`).set('Authorization', auth).expect(200)).body;
    await http().put(`/api/proposals/${draft.id}/translations/en`).set('Authorization', auth).send(english()).expect(200);
    clock.set(new Date('2026-11-21T10:00:00Z'));
    const corrected = (await http().put(`/api/proposals/${draft.id}/translations/en`).set('Authorization', auth).send({ ...english(), title: 'Regional workshops for small firms' }).expect(200)).body;
    expect(corrected.translation).toMatchObject({ title: 'Regional workshops for small firms', translatedAt: '2026-11-21T10:00:00.000Z' });
    expect(corrected.textVersion).toBe(published.textVersion);
    expect(corrected.body).toBe(published.body);
    expect((await ds.query(`SELECT count(*)::int AS n FROM proposal_translations WHERE proposal_id = $1`, [draft.id]))[0].n).toBe(1);
    expect((await ds.query(`SELECT count(*)::int AS n FROM proposal_text_versions WHERE proposal_id = $1`, [draft.id]))[0].n).toBe(0);
    expect(await outbox(draft.id)).toEqual(['consultation.ProposalDrafted', 'consultation.ProposalPublished', 'consultation.ProposalTranslated', 'consultation.ProposalTranslated']);
    const envelopes = (await ds.query(`SELECT envelope FROM outbox_messages WHERE envelope->>'aggregateId' = $1 ORDER BY position`, [draft.id])).map((r: { envelope: { aggregateVersion: number; payload: unknown } }) => r.envelope);
    // The title only (the translated text stays here); a translation leaves the proposal's version as it was.
    expect(envelopes[3]).toMatchObject({ version: 1, aggregateVersion: envelopes[1].aggregateVersion, actor: { role: 'coordinator', id: 'user-1' } });
    expect(envelopes[3].payload).toEqual({ proposalId: draft.id, lang: 'en', title: 'Regional workshops for small firms', translatedAt: '2026-11-21T10:00:00.000Z' });
  });

  it('refuses what does not fit, per field, in Dutch and in English; a withdrawn proposal; an unknown one; anyone but a coordinator', async () => {
    const draft = await aDraft();
    const bad = await http().put(`/api/proposals/${draft.id}/translations/en`).set('Authorization', auth).send(english([{ id: randomUUID(), text: 'Unknown question?' }])).expect(422);
    expect(bad.body).toMatchObject({ code: 'PROPOSALS.TRANSLATION_DOES_NOT_FIT', detail: 'De vertaling past niet bij het voorstel.', errors: [{ field: 'questions.0.id', message: 'Dit voorstel stelt deze vraag niet.' }] });
    const badEn = await http().put(`/api/proposals/${draft.id}/translations/en`).set('Authorization', auth).set('Accept-Language', 'en').send(english([{ id: draft.questions[1].id, text: 'Support?', options: [{ id: randomUUID(), label: 'x' }] }])).expect(422);
    expect(badEn.body.errors).toEqual([{ field: 'questions.0.options.0.id', message: 'This question does not have this option (or the option is there twice).' }]);
    const short = await http().put(`/api/proposals/${draft.id}/translations/en`).set('Authorization', auth).send({ ...english(), title: 'x' }).expect(400);
    expect(short.body.errors.map((e: { field: string }) => e.field)).toEqual(['title']);
    await http().put(`/api/proposals/${draft.id}/translations/de`).set('Authorization', auth).send(english()).expect(400);
    await http().put(`/api/proposals/${randomUUID()}/translations/en`).set('Authorization', auth).send(english()).expect(404);
    await http().put(`/api/proposals/${draft.id}/translations/en`).send(english()).expect(401);
    await http().put(`/api/proposals/${draft.id}/translations/en`).set('Authorization', citizenOfficial).send(english()).expect(403);
    await http().post(`/api/proposals/${draft.id}/publish`).set('Authorization', auth).expect(200);
    await http().post(`/api/proposals/${draft.id}/withdraw`).set('Authorization', auth).send({ reason: 'error', explanation: 'Per ongeluk gepubliceerd.' }).expect(200);
    expect((await http().put(`/api/proposals/${draft.id}/translations/en`).set('Authorization', auth).send(english()).expect(409)).body.code).toBe('PROPOSALS.TRANSLATION_NOT_ALLOWED');
    expect((await ds.query(`SELECT count(*)::int AS n FROM proposal_translations WHERE proposal_id = $1`, [draft.id]))[0].n).toBe(0);
  });
});
