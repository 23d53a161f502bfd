import type { NestExpressApplication } from '@nestjs/platform-express';
import { signDevelopmentToken } from '@pb/auth';
import { ResponseSubmittedV1, StrategyRevisionRequestedV1, Topics } from '@pb/contracts';
import { SERVICE_LOGGER } from '@pb/http';
import { FixedClock } from '@pb/kernel';
import { EventBroker, OutboxRelay, OutboxWriter, createEvent } from '@pb/messaging';
import { TypeOrmTransactions, serviceDataSourceOptions } from '@pb/persistence';
import { createTestApp, createTestDatabase, dropTestDatabase, testEnv, testLogger, waitFor } from '@pb/testing';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ProposalsAppModule } from '../../src/app.module';
import { ProposalsEnv } from '../../src/config/proposals.env';
import { proposalsMigrations } from '../../src/migrations';
import { AdvanceScheduleCommand } from '../../src/proposals/application/commands/advance-schedule/advance-schedule.command';
import { AdvanceScheduleHandler } from '../../src/proposals/application/commands/advance-schedule/advance-schedule.handler';
import { ProposalRepository } from '../../src/proposals/application/ports/proposal.repository';
import { ProposalScheduler } from '../../src/proposals/transport/schedule/proposal.scheduler';
import { StrategySeeder } from '../../src/strategy/transport/startup/strategy-seeder';
import { aProposalRequest } from '../factories/proposal-request.factory';

describe('proposals service (real PostgreSQL and Kafka)', () => {
  let app: NestExpressApplication;
  let db: { name: string; url: string };
  let env: ProposalsEnv;
  let ds: DataSource;
  const clock = new FixedClock(new Date('2026-11-20T10:00:00Z'));
  let coordinator: string;
  let moderator: string;
  const http = () => request(app.getHttpServer());
  const outboxCount = async (type: string, aggregateId?: string) =>
    (await ds.query(`SELECT count(*)::int AS n FROM outbox_messages WHERE envelope->>'type' = $1 AND ($2::text IS NULL OR envelope->>'aggregateId' = $2)`, [type, aggregateId ?? null]))[0].n as number;

  beforeAll(async () => {
    db = await createTestDatabase('proposals', proposalsMigrations);
    env = testEnv(ProposalsEnv, { DATABASE_URL: db.url, SCHEDULER_ENABLED: false });
    app = await createTestApp(ProposalsAppModule.register({ env, logger: testLogger(), clock }));
    ds = app.get(DataSource);
    const opts = { secret: env.JWT_SECRET, issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE };
    coordinator = signDevelopmentToken(opts, { sub: 'coordinator-1', roles: ['coordinator'] });
    moderator = signDevelopmentToken(opts, { sub: 'moderator-1', roles: ['moderator'] });
  });

  afterAll(async () => {
    await app?.close();
    await dropTestDatabase(db.name);
  });

  describe('strategy', () => {
    it('published the 2018.0 seed once on first start, and never again', async () => {
      expect(await outboxCount('strategy.StrategyVersionPublished')).toBe(1);
      expect(await app.get(StrategySeeder).seed()).toBe(false);
      expect(await outboxCount('strategy.StrategyVersionPublished')).toBe(1);
    });

    it('publishes exactly once when replicas seed an empty database at the same time', async () => {
      await ds.query(`DELETE FROM strategy_versions`);
      await ds.query(`DELETE FROM outbox_messages`);
      const seeder = app.get(StrategySeeder);
      const results = await Promise.all([seeder.seed(), seeder.seed(), seeder.seed()]);
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await outboxCount('strategy.StrategyVersionPublished')).toBe(1);
    });

    it('serves the current version with 24 flat themes and the nested tracks', async () => {
      const res = await http().get('/api/strategy').expect(200);
      expect(res.body.version).toBe('2018.0');
      expect(res.body.themes).toHaveLength(24);
      expect(res.body.themes.find((t: { code: string }) => t.code === '2.1.2')).toMatchObject({ title: 'Innovatievriendelijke en toekomstbestendige wetgeving', track: 2, spearhead: 1 });
      expect(res.body.tracks.map((t: { number: number }) => t.number)).toEqual([1, 2]);
      // The English beside the Dutch, actions included (issue 11 item 7), as the portal's English pages read it.
      expect(res.body.themes.find((t: { code: string }) => t.code === '2.1.2').en).toEqual({
        title: 'Innovation-friendly and future-proof legislation',
        ambition: 'Laws and regulations impose no unnecessary restrictions on innovation.',
        actions: ['There will be a desk where entrepreneurs can report barriers to digital innovation in laws and regulations.', 'Testing and experimenting at test locations will become easier.'],
      });
    });

    it('applies a requested revision as the next version with a changelog; the old version stays readable', async () => {
      const base = (await http().get('/api/strategy/versions/2018.0').expect(200)).body;
      const theme11 = base.themes.find((t: { code: string }) => t.code === '1.1');
      const event = createEvent(
        StrategyRevisionRequestedV1,
        {
          baseVersion: '2018.0',
          newVersion: '2019.0',
          year: 2019,
          amendments: [
            { amendmentId: randomUUID(), kind: 'add-action', themeCode: '1.1', text: 'Een regionale werkplaats in elke provincie.', summary: 'Werkplaatsen toegevoegd' },
            { amendmentId: randomUUID(), kind: 'change-ambition', themeCode: '2.1.2', text: 'Wetgeving biedt ruimte voor experimenten.', summary: 'Ambitie aangescherpt' },
          ],
        },
        { aggregateId: randomUUID(), aggregateVersion: 1, actor: { role: 'coordinator', id: 'coordinator-1' } },
      );
      await app.get(EventBroker).publish(Topics.amendments, [{ key: event.aggregateId, value: JSON.stringify(event) }]);
      const current = await waitFor(async () => (await http().get('/api/strategy')).body, (b) => b.version === '2019.0', { what: 'version 2019.0', timeoutMs: 30000 });
      expect(current.previousVersion).toBe('2018.0');
      expect(current.changelog).toHaveLength(2);
      expect(current.themes.find((t: { code: string }) => t.code === '1.1').actions).toEqual([...theme11.actions, 'Een regionale werkplaats in elke provincie.']);
      const old = (await http().get('/api/strategy/versions/2018.0').expect(200)).body;
      expect(old.themes.find((t: { code: string }) => t.code === '1.1').actions).toEqual(theme11.actions);
      const diff = (await http().get('/api/strategy/versions/2019.0?diff=2018.0').expect(200)).body.diff;
      expect(diff.changed.map((c: { code: string }) => c.code).sort()).toEqual(['1.1', '2.1.2']);
      expect((await http().get('/api/strategy/versions').expect(200)).body.items.map((v: { version: string }) => v.version)).toEqual(['2019.0', '2018.0']);
      expect(await outboxCount('strategy.StrategyVersionPublished', '2019.0')).toBe(1);
      await http().get('/api/strategy/versions/2030.0').expect(404);
    });
  });

  describe('proposals', () => {
    const create = async (overrides: Record<string, unknown> = {}) => (await http().post('/api/proposals').set('Authorization', `Bearer ${coordinator}`).send(aProposalRequest(overrides)).expect(201)).body;

    it('lets only coordinators create drafts, which the public never sees', async () => {
      await http().post('/api/proposals').send(aProposalRequest()).expect(401);
      await http().post('/api/proposals').set('Authorization', `Bearer ${moderator}`).send(aProposalRequest()).expect(403);
      const draft = await create();
      expect(draft).toMatchObject({ status: 'draft', theme: '1.1', responseCount: 0, strategyVersion: expect.stringMatching(/^\d{4}\.\d+$/) });
      expect(draft.questions).toEqual([expect.objectContaining({ id: expect.any(String) }), expect.objectContaining({ id: expect.any(String) })]);
      expect(draft.bodyHtml).toContain('<strong>werkplaats</strong>');
      expect(draft.bodyHtml).not.toContain('<script>');
      await http().get(`/api/proposals/${draft.id}`).expect(404);
      expect((await http().get('/api/proposals?status=draft')).body.items).toEqual([]);
      const own = (await http().get('/api/proposals?status=draft').set('Authorization', `Bearer ${coordinator}`)).body.items;
      expect(own.map((p: { id: string }) => p.id)).toContain(draft.id);
      expect(await outboxCount('consultation.ProposalDrafted', draft.id)).toBe(1);
    });

    it('refuses bad input per field, an unknown theme and a closing time before the opening time', async () => {
      const res = await http().post('/api/proposals').set('Authorization', `Bearer ${coordinator}`).send(aProposalRequest({ theme: 'x', moderation: 'never', extra: 1 })).expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['extra', 'moderation', 'theme']);
      await http().post('/api/proposals').set('Authorization', `Bearer ${coordinator}`).send(aProposalRequest({ theme: '9.9' })).expect(422);
      await http().post('/api/proposals').set('Authorization', `Bearer ${coordinator}`).send(aProposalRequest({ closesAt: '2026-11-30T09:00:00+01:00' })).expect(422);
    });

    it('opens at opensAt and closes after the last second of closesAt, by itself', async () => {
      const p = await create({ opensAt: '2026-12-01T09:00:00+01:00', closesAt: '2026-12-10T23:59:59+01:00' });
      const published = (await http().post(`/api/proposals/${p.id}/publish`).set('Authorization', `Bearer ${coordinator}`).expect(200)).body;
      expect(published.status).toBe('scheduled');
      await http().post(`/api/proposals/${p.id}/publish`).set('Authorization', `Bearer ${coordinator}`).expect(409);
      const scheduler = app.get(ProposalScheduler);
      clock.set(new Date('2026-12-01T07:59:59Z'));
      expect((await scheduler.tick()).opened).not.toContain(p.id);
      clock.set(new Date('2026-12-01T08:00:00Z'));
      expect((await scheduler.tick()).opened).toContain(p.id);
      clock.set(new Date('2026-12-10T22:59:59Z'));
      expect((await scheduler.tick()).closed).not.toContain(p.id);
      expect((await http().get(`/api/proposals/${p.id}`)).body.status).toBe('open');
      clock.set(new Date('2026-12-10T23:00:00Z'));
      expect((await scheduler.tick()).closed).toContain(p.id);
      expect((await http().get(`/api/proposals/${p.id}`)).body.status).toBe('closed');
      expect(await outboxCount('consultation.ProposalOpened', p.id)).toBe(1);
      expect(await outboxCount('consultation.ProposalClosed', p.id)).toBe(1);
    });

    it('never opens a proposal twice when two scheduler instances race', async () => {
      clock.set(new Date('2026-11-20T10:00:00Z'));
      const ids: string[] = [];
      for (let i = 0; i < 12; i++) {
        const p = await create({ opensAt: '2026-12-20T09:00:00+01:00', closesAt: '2027-01-20T09:00:00+01:00' });
        await http().post(`/api/proposals/${p.id}/publish`).set('Authorization', `Bearer ${coordinator}`).expect(200);
        ids.push(p.id);
      }
      // A second scheduler with its own connection pool, as in another replica.
      const other = new DataSource(serviceDataSourceOptions({ url: db.url, entities: [], migrations: [], migrationsRun: false }));
      await other.initialize();
      try {
        const advance = new AdvanceScheduleHandler(new TypeOrmTransactions(other), app.get(ProposalRepository), app.get(OutboxWriter), clock, app.get(SERVICE_LOGGER));
        const second = { tick: () => advance.execute(new AdvanceScheduleCommand()) };
        clock.set(new Date('2026-12-20T08:00:00Z'));
        const results = await Promise.all([app.get(ProposalScheduler).tick(), second.tick(), app.get(ProposalScheduler).tick(), second.tick()]);
        const opened = results.flatMap((r) => r.opened).filter((id) => ids.includes(id));
        expect(opened.sort()).toEqual([...ids].sort());
        for (const id of ids) expect(await outboxCount('consultation.ProposalOpened', id)).toBe(1);
      } finally {
        await other.destroy();
      }
    });

    it('keeps its schedule across a restart: a new process opens what became due while it was down', async () => {
      clock.set(new Date('2026-11-20T10:00:00Z'));
      const p = await create({ opensAt: '2027-03-01T09:00:00+01:00', closesAt: '2027-03-31T09:00:00+01:00' });
      await http().post(`/api/proposals/${p.id}/publish`).set('Authorization', `Bearer ${coordinator}`).expect(200);
      await app.close();
      clock.set(new Date('2027-03-01T08:00:05Z'));
      app = await createTestApp(ProposalsAppModule.register({ env, logger: testLogger(), clock }));
      ds = app.get(DataSource);
      expect((await app.get(ProposalScheduler).tick()).opened).toEqual([p.id]);
      expect((await http().get(`/api/proposals/${p.id}`)).body.status).toBe('open');
      expect(await outboxCount('strategy.StrategyVersionPublished', '2018.0')).toBe(1);
    });

    it('publishes the consultation report after closing, linked to its own responses, and becomes answered', async () => {
      clock.set(new Date('2026-11-20T10:00:00Z'));
      const p = await create({ opensAt: '2026-11-21T09:00:00+01:00', closesAt: '2026-11-22T09:00:00+01:00' });
      await http().post(`/api/proposals/${p.id}/publish`).set('Authorization', `Bearer ${coordinator}`).expect(200);
      clock.set(new Date('2026-11-21T12:00:00Z'));
      await app.get(ProposalScheduler).tick();
      const responseId = randomUUID();
      const counted = createEvent(
        ResponseSubmittedV1,
        { responseId, proposalId: p.id, theme: '1.1', respondentId: 'r-test', onBehalfOfOrganisation: false, public: true, parentId: null, answeredQuestionIds: [], status: 'published', submittedAt: '2026-11-21T12:00:00.000Z', verifiedAt: '2026-11-21T12:01:00.000Z' },
        { aggregateId: responseId, aggregateVersion: 1, actor: { role: 'respondent', id: 'r-test' } },
      );
      await app.get(EventBroker).publish(Topics.comments, [{ key: responseId, value: JSON.stringify(counted) }]);
      await waitFor(async () => (await http().get(`/api/proposals/${p.id}`)).body.responseCount, (n) => n === 1, { what: 'response counted' });
      const report = { summary: 'Wij danken iedereen voor de reacties.', answers: [{ topic: 'Advies', answer: 'Er komt een loket.', responseIds: [responseId] }] };
      await http().post(`/api/proposals/${p.id}/report`).set('Authorization', `Bearer ${coordinator}`).send(report).expect(409);
      clock.set(new Date('2026-11-22T09:00:01Z'));
      await app.get(ProposalScheduler).tick();
      await http().post(`/api/proposals/${p.id}/report`).set('Authorization', `Bearer ${coordinator}`).send({ ...report, answers: [{ ...report.answers[0], responseIds: [randomUUID()] }] }).expect(422);
      const answered = (await http().post(`/api/proposals/${p.id}/report`).set('Authorization', `Bearer ${coordinator}`).send(report).expect(201)).body;
      expect(answered.status).toBe('answered');
      expect(answered.report.answers[0].responseIds).toEqual([responseId]);
      const [row] = await ds.query(`SELECT envelope FROM outbox_messages WHERE envelope->>'type' = 'consultation.ProposalAnswered' AND envelope->>'aggregateId' = $1`, [p.id]);
      expect(row.envelope.payload.responseIds).toEqual([responseId]);
      await waitFor(() => app.get(OutboxRelay).pending(), (n) => n === 0, { what: 'outbox drained' });
    });
  });
});
