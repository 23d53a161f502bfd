import 'reflect-metadata';
import { Global, Module } from '@nestjs/common';
import { CommandHandler, CqrsModule, ICommandHandler, IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import { signDevelopmentToken } from '@pb/auth';
import { EventBroker } from '@pb/messaging';
import { RateLimiter, ServicePlatformModule } from '@pb/http';
import { FixedClock } from '@pb/kernel';
import { createTestApp, testEnv, testLogger } from '@pb/testing';
import request from 'supertest';
import { CommentsEnv } from '../../../config/comments.env';
import { CommentsSettings } from '../../application/support/comments.settings';
import { ModerateResponseCommand } from '../../application/commands/moderate-response/moderate-response.command';
import { SubmitResponseCommand } from '../../application/commands/submit-response/submit-response.command';
import { GetModerationQueueQuery } from '../../application/queries/get-moderation-queue/get-moderation-queue.query';
import { ConsultationNotOpenError } from '../../domain/response.errors';
import { CommentsController, ModerationController, ProposalCommentsController } from './comments.controller';
import { RateLimitInterceptor } from './rate-limit.interceptor';

const received: unknown[] = [];
let submitOutcome: 'accept' | 'closed' = 'accept';
let limiterAllows = true;

@CommandHandler(SubmitResponseCommand)
class FakeSubmit implements ICommandHandler<SubmitResponseCommand> {
  async execute(c: SubmitResponseCommand) {
    received.push(c);
    if (submitOutcome === 'closed') throw new ConsultationNotOpenError({ opensAt: new Date('2026-12-01T08:00:00Z'), closesAt: new Date('2026-12-10T22:59:59Z') }, new Date('2026-12-11T00:00:00Z'));
    return { id: '3f1c2a9e-6b7d-4e21-9c3a-1d2e3f4a5b6c', status: 'awaiting-verification' };
  }
}

@CommandHandler(ModerateResponseCommand)
class FakeModerate implements ICommandHandler<ModerateResponseCommand> {
  async execute(c: ModerateResponseCommand) {
    received.push(c);
    return { id: c.responseId, status: c.decision === 'publish' ? 'published' : 'rejected' };
  }
}

@QueryHandler(GetModerationQueueQuery)
class FakeQueue implements IQueryHandler<GetModerationQueueQuery> {
  async execute() {
    return { items: [], nextKey: null };
  }
}

describe('comments HTTP API (validation, errors, roles, rate limits)', () => {
  let app: NestExpressApplication;
  const env = testEnv(CommentsEnv);
  const sign = (roles: ('moderator' | 'official')[]) => signDevelopmentToken({ secret: env.JWT_SECRET, issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE }, { sub: 'staff-1', roles });
  const proposal = '8a7b6c5d-4e3f-4a1b-9c2d-0e1f2a3b4c5d';
  const valid = { body: 'Goed voorstel.', author: { name: 'Anna', email: 'anna@example.org' }, onBehalfOf: null, public: true, parentId: null };

  beforeAll(async () => {
    const settings: CommentsSettings = { publicBaseUrl: 'http://localhost:3000', respondentIdSecret: 'x'.repeat(20), pseudonymSecret: 'y'.repeat(32), verificationTtlHours: 72, rateLimitWindowSeconds: 600, rateLimitPerAddress: 10, rateLimitPerEmail: 5 };
    // /health needs these; nothing here touches a database or broker.
    @Global()
    @Module({ providers: [{ provide: getDataSourceToken(), useValue: {} }, { provide: EventBroker, useValue: {} }], exports: [getDataSourceToken(), EventBroker] })
    class NoInfrastructure {}
    @Module({
      imports: [NoInfrastructure, CqrsModule.forRoot(), ServicePlatformModule.forService(env, testLogger(), new FixedClock(new Date('2026-12-05T12:00:00Z')))],
      controllers: [ProposalCommentsController, CommentsController, ModerationController],
      providers: [
        FakeSubmit,
        FakeModerate,
        FakeQueue,
        RateLimitInterceptor,
        { provide: CommentsSettings, useValue: settings },
        { provide: RateLimiter, useValue: { hit: async () => (limiterAllows ? { allowed: true } : { allowed: false, retryAfterSeconds: 417 }) } },
      ],
    })
    class TestModule {}
    app = await createTestApp({ module: TestModule });
  });

  afterAll(() => app?.close());

  beforeEach(() => {
    received.length = 0;
    submitOutcome = 'accept';
    limiterAllows = true;
  });

  it('accepts a valid response with 202 and awaiting-verification', async () => {
    const res = await request(app.getHttpServer()).post(`/api/proposals/${proposal}/comments`).send(valid).expect(202);
    expect(res.body).toEqual({ id: expect.any(String), status: 'awaiting-verification' });
    expect(received).toEqual([expect.objectContaining({ input: expect.objectContaining({ proposalId: proposal, public: true, parentId: null, answers: [] }) })]);
  });

  it('refuses bad input with one Dutch message per field, and in English when asked', async () => {
    const bad = { ...valid, body: '', author: { name: 'A', email: 'geen-adres' }, public: 'ja', parentId: 'x', colour: 'red' };
    const nl = await request(app.getHttpServer()).post(`/api/proposals/${proposal}/comments`).send(bad).expect(400);
    expect(nl.headers['content-type']).toContain('application/problem+json');
    expect(nl.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'colour', message: 'Dit veld is onbekend en niet toegestaan.' },
        { field: 'author.email', message: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.' },
        { field: 'public', message: 'Kies ja of nee (true of false).' },
        { field: 'parentId', message: 'Dit is geen geldige id.' },
        expect.objectContaining({ field: 'body' }),
      ]),
    );
    const en = await request(app.getHttpServer()).post(`/api/proposals/${proposal}/comments`).set('Accept-Language', 'en').send(bad).expect(400);
    expect(en.body.errors).toContainEqual({ field: 'public', message: 'Choose yes or no (true or false).' });
    await request(app.getHttpServer()).post('/api/proposals/not-a-uuid/comments').send(valid).expect(400);
    expect(received).toEqual([]);
  });

  it('maps a closed consultation to a 409 problem with a clear message', async () => {
    submitOutcome = 'closed';
    const res = await request(app.getHttpServer()).post(`/api/proposals/${proposal}/comments`).send(valid).expect(409);
    expect(res.body).toMatchObject({ status: 409, code: 'COMMENTS.CONSULTATION_NOT_OPEN', detail: expect.stringContaining('De consultatie is gesloten sinds') });
    expect(JSON.stringify(res.body)).not.toMatch(/stack|Error:/);
  });

  it('answers 429 problem+json with Retry-After when a rate limit is reached', async () => {
    limiterAllows = false;
    const res = await request(app.getHttpServer()).post(`/api/proposals/${proposal}/comments`).send(valid).expect(429);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.headers['retry-after']).toBe('417');
    expect(res.body.detail).toBe('U heeft te veel verzoeken gedaan. Probeer het later opnieuw.');
    expect(received).toEqual([]);
  });

  it('lets only moderators see the queue and decide; a rejection needs a reason from the list', async () => {
    await request(app.getHttpServer()).get('/api/moderation/queue').expect(401);
    await request(app.getHttpServer()).get('/api/moderation/queue').set('Authorization', `Bearer ${sign(['official'])}`).expect(403);
    await request(app.getHttpServer()).get('/api/moderation/queue').set('Authorization', `Bearer ${sign(['moderator'])}`).expect(200, { items: [], next: null });
    await request(app.getHttpServer()).get('/api/moderation/queue?limit=101').set('Authorization', `Bearer ${sign(['moderator'])}`).expect(400);
    const url = `/api/comments/${proposal}/moderation`;
    await request(app.getHttpServer()).post(url).send({ decision: 'publish' }).expect(401);
    const missing = await request(app.getHttpServer()).post(url).set('Authorization', `Bearer ${sign(['moderator'])}`).send({ decision: 'reject' }).expect(400);
    expect(missing.body.errors).toEqual([{ field: 'reason', message: 'Dit veld is verplicht.' }]);
    await request(app.getHttpServer()).post(url).set('Authorization', `Bearer ${sign(['moderator'])}`).send({ decision: 'reject', reason: 'rude' }).expect(400);
    const ok = await request(app.getHttpServer()).post(url).set('Authorization', `Bearer ${sign(['moderator'])}`).send({ decision: 'reject', reason: 'spam' }).expect(200);
    expect(ok.body).toEqual({ id: proposal, status: 'rejected' });
  });
});
