import 'reflect-metadata';
import { Global, Module } from '@nestjs/common';
import { CommandHandler, CqrsModule, ICommandHandler, IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import { signDevelopmentToken, StaffRole } from '@pb/auth';
import { RateLimiter, ServicePlatformModule } from '@pb/http';
import { FixedClock } from '@pb/kernel';
import { EventBroker } from '@pb/messaging';
import { createTestApp, testEnv, testLogger } from '@pb/testing';
import request from 'supertest';
import { LoketEnv } from '../../../config/loket.env';
import { MarkDuplicateCommand } from '../../application/commands/mark-duplicate/mark-duplicate.command';
import { PostOfficialMessageCommand } from '../../application/commands/post-official-message/post-official-message.command';
import { PostReporterMessageCommand } from '../../application/commands/post-reporter-message/post-reporter-message.command';
import { ResolveReportCommand } from '../../application/commands/resolve-report/resolve-report.command';
import { SplitReportCommand } from '../../application/commands/split-report/split-report.command';
import { StartHandlingCommand } from '../../application/commands/start-handling/start-handling.command';
import { TriageReportCommand } from '../../application/commands/triage-report/triage-report.command';
import { GetOfficialReportQuery } from '../../application/queries/get-official-report/get-official-report.query';
import { GetRegisterQuery } from '../../application/queries/get-register/get-register.query';
import { GetReportAuditQuery } from '../../application/queries/get-report-audit/get-report-audit.query';
import { GetReporterViewQuery } from '../../application/queries/get-reporter-view/get-reporter-view.query';
import { ListQueueQuery } from '../../application/queries/list-queue/list-queue.query';
import { ReportScope } from '../../application/support/report-scope';
import { TransitionNotAllowedError } from '../../domain/barrier-report.errors';
import { RefusePrototypeKeysMiddleware } from './refuse-prototype-keys.middleware';
import { RegisterController } from './register.controller';
import { ReportRateLimitInterceptor } from './report-rate-limit.interceptor';
import { ReportsController } from './reports.controller';

const received: object[] = [];
let refuse = false;
let limited = false;

function fakeCommand(command: new (...args: never[]) => object) {
  @CommandHandler(command)
  class Fake implements ICommandHandler<object> {
    async execute(c: object) {
      received.push(c);
      if (refuse) throw new TransitionNotAllowedError('resolved', 'triage');
      return { status: 'ok' };
    }
  }
  return Fake;
}
function fakeQuery(query: new (...args: never[]) => object) {
  @QueryHandler(query)
  class Fake implements IQueryHandler<object> {
    async execute(q: object) {
      received.push(q);
      return { items: [] };
    }
  }
  return Fake;
}

describe('loket HTTP API (routing reporter vs official, roles, validation)', () => {
  let app: NestExpressApplication;
  const env = testEnv(LoketEnv);
  const bearer = (roles: StaffRole[], department?: string) =>
    `Bearer ${signDevelopmentToken({ secret: env.JWT_SECRET, issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE }, { sub: 'off-42', roles, department })}`;
  const ref = 'LKT-2026-000123';

  beforeAll(async () => {
    @Global()
    @Module({ providers: [{ provide: getDataSourceToken(), useValue: {} }, { provide: EventBroker, useValue: {} }], exports: [getDataSourceToken(), EventBroker] })
    class NoInfrastructure {}
    @Module({
      imports: [NoInfrastructure, CqrsModule.forRoot(), ServicePlatformModule.forService(env, testLogger(), new FixedClock(new Date('2026-12-05T12:00:00Z')))],
      controllers: [ReportsController, RegisterController],
      providers: [
        ...[TriageReportCommand, StartHandlingCommand, PostOfficialMessageCommand, PostReporterMessageCommand, MarkDuplicateCommand, ResolveReportCommand, SplitReportCommand].map(fakeCommand),
        ...[ListQueueQuery, GetOfficialReportQuery, GetReporterViewQuery, GetRegisterQuery, GetReportAuditQuery].map(fakeQuery),
        ReportRateLimitInterceptor,
        { provide: LoketEnv, useValue: env },
        { provide: RateLimiter, useValue: { hit: async () => (limited ? { allowed: false, retryAfterSeconds: 1234 } : { allowed: true }) } },
      ],
    })
    class TestModule {
      configure(consumer: import('@nestjs/common').MiddlewareConsumer) {
        consumer.apply(RefusePrototypeKeysMiddleware).forRoutes(ReportsController);
      }
    }
    app = await createTestApp({ module: TestModule });
  });
  afterAll(() => app?.close());
  beforeEach(() => {
    received.length = 0;
    refuse = false;
    limited = false;
  });

  const http = () => request(app.getHttpServer());

  it('with ?token= serves the reporter; with a bearer token the official; without either 401', async () => {
    await http().get(`/api/loket/reports/${ref}`).query({ token: 'abc' }).expect(200);
    await http().get(`/api/loket/reports/${ref}`).set('Authorization', bearer(['official'])).expect(200);
    await http().get(`/api/loket/reports/${ref}`).expect(401);
    await http().get(`/api/loket/reports/${ref}`).set('Authorization', bearer(['moderator'])).expect(403);
    expect(received).toEqual([new GetReporterViewQuery(ref, 'abc'), new GetOfficialReportQuery(ref, { role: 'official', id: 'off-42' }, ReportScope.intakeQueueAnd(undefined))]);
  });

  it('routes messages: reporter reply with token, official question or note with the pseudonymous actor', async () => {
    await http().post(`/api/loket/reports/${ref}/messages`).query({ token: 'abc' }).send({ body: 'Antwoord' }).expect(201);
    await http().post(`/api/loket/reports/${ref}/messages`).set('Authorization', bearer(['official'])).send({ body: 'Notitie', internal: true }).expect(201);
    await http().post(`/api/loket/reports/${ref}/messages`).set('Authorization', bearer(['coordinator'])).send({ body: 'Vraag' }).expect(403);
    const refused = await http().post(`/api/loket/reports/${ref}/messages`).query({ token: 'abc' }).send({ body: 'Stiekem', internal: true }).expect(422);
    expect(refused.body.code).toBe('LOKET.REPORTER_INTERNAL_NOTE');
    expect(received).toEqual([new PostReporterMessageCommand(ref, 'abc', 'Antwoord'), new PostOfficialMessageCommand(ref, 'Notitie', true, { role: 'official', id: 'off-42' }, ReportScope.intakeQueueAnd(undefined))]);
  });

  it('over a limit answers 429 problem+json with Retry-After before any command runs; officials are not limited on messages', async () => {
    limited = true;
    const res = await http().post(`/api/loket/reports/${ref}/messages`).query({ token: 'abc' }).send({ body: 'Antwoord' }).expect(429);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.headers['retry-after']).toBe('1234');
    expect(res.body).toMatchObject({ status: 429, title: 'Te veel verzoeken', detail: 'U heeft te veel verzoeken gedaan. Probeer het later opnieuw.' });
    const en = await http().post(`/api/loket/reports/${ref}/messages`).query({ token: 'abc' }).set('Accept-Language', 'en').send({ body: 'Antwoord' }).expect(429);
    expect(en.body).toMatchObject({ title: 'Too many requests', detail: 'You sent too many requests. Try again later.' });
    await http().post('/api/loket/reports').send({ title: 'x' }).expect(429);
    expect(received).toEqual([]);
    await http().post(`/api/loket/reports/${ref}/messages`).set('Authorization', bearer(['official'])).send({ body: 'Notitie', internal: true }).expect(201);
  });

  it('answers a malformed reference like an unknown one (404)', async () => {
    const res = await http().get('/api/loket/reports/LKT-26-1').query({ token: 'abc' }).expect(404);
    // Through a tracking link the 404 also says how to get a new link (issue 9: expiring links).
    expect(res.body.detail).toMatch(/^Deze melding bestaat niet, of de link is niet \(meer\) geldig\. Is uw link verlopen of kwijt\? .*\/meldingen\/link-kwijt/);
    expect(received).toEqual([]);
  });

  it('turns the queue query into typed filters with defaults', async () => {
    await http().get('/api/loket/reports').set('Authorization', bearer(['official'], 'EZK')).query({ overdue: 'true', page: '2', technology: 'ai' }).expect(200);
    expect(received).toEqual([
      new ListQueueQuery({ status: undefined, theme: undefined, technology: 'ai', department: undefined, regulation: undefined, overdue: true, q: undefined, page: 2, pageSize: 20 }, ReportScope.intakeQueueAnd('EZK')),
    ]);
  });

  it('scopes from the token: an official to the intake queue and their department, intake and admin to every report', async () => {
    const scopes: Array<[string, ReportScope]> = [];
    for (const [roles, department] of [[['official'], 'EZK'], [['official'], undefined], [['intake'], undefined], [['admin'], undefined], [['official', 'intake'], 'BZK']] as const) {
      received.length = 0;
      await http().post(`/api/loket/reports/${ref}/triage`).set('Authorization', bearer([...roles], department)).send({ theme: '1.1', priority: 'low', department: 'EZ' }).expect(200);
      const command = received[0] as TriageReportCommand;
      scopes.push([`${command.by.role}:${roles.join('+')}`, command.scope]);
    }
    expect(scopes).toEqual([
      ['official:official', ReportScope.intakeQueueAnd('EZK')],
      ['official:official', ReportScope.intakeQueueAnd(undefined)],
      ['intake:intake', ReportScope.all()],
      ['admin:admin', ReportScope.all()],
      ['official:official+intake', ReportScope.all()],
    ]);
  });

  it('lets intake triage, write, link and resolve, but not start handling (403); moderators and coordinators nothing', async () => {
    const intake = bearer(['intake']);
    await http().get(`/api/loket/reports`).set('Authorization', intake).expect(200);
    await http().get(`/api/loket/reports/${ref}`).set('Authorization', intake).expect(200);
    await http().post(`/api/loket/reports/${ref}/messages`).set('Authorization', intake).send({ body: 'Vraag' }).expect(201);
    await http().post(`/api/loket/reports/${ref}/duplicate-of`).set('Authorization', intake).send({ originalReference: 'LKT-2026-000001' }).expect(200);
    await http().post(`/api/loket/reports/${ref}/resolution`).set('Authorization', intake).send({ outcome: 'not-admissible', explanation: 'Geen regelgeving in het geding.' }).expect(200);
    await http().post(`/api/loket/reports/${ref}/status`).set('Authorization', intake).send({ status: 'in_progress' }).expect(403);
    for (const role of ['moderator', 'coordinator'] as const) await http().get(`/api/loket/reports`).set('Authorization', bearer([role])).expect(403);
    expect(received.map((r) => r.constructor.name)).toEqual(['ListQueueQuery', 'GetOfficialReportQuery', 'PostOfficialMessageCommand', 'MarkDuplicateCommand', 'ResolveReportCommand']);
  });

  // Issue 10 item 8 changed this: officials and intake read the trail of the reports they may reach.
  it('serves the audit trail to admins (all reports) and officials and intake (within their scope); 401 without a token, 403 for other roles; paged', async () => {
    await http().get(`/api/loket/reports/${ref}/audit`).expect(401);
    for (const role of ['moderator', 'coordinator'] as const) await http().get(`/api/loket/reports/${ref}/audit`).set('Authorization', bearer([role], 'EZK')).expect(403);
    await http().get(`/api/loket/reports/${ref}/audit`).set('Authorization', bearer(['admin'])).query({ page: '2', pageSize: '10' }).expect(200);
    await http().get(`/api/loket/reports/${ref}/audit`).set('Authorization', bearer(['official'], 'EZK')).expect(200);
    await http().get(`/api/loket/reports/${ref}/audit`).set('Authorization', bearer(['intake'])).expect(200);
    await http().get(`/api/loket/reports/${ref}/audit`).set('Authorization', bearer(['admin'])).query({ pageSize: '1000' }).expect(400);
    await http().get('/api/loket/reports/LKT-26-1/audit').set('Authorization', bearer(['admin'])).expect(404);
    expect(received).toEqual([
      new GetReportAuditQuery(ref, 2, 10, ReportScope.all()),
      new GetReportAuditQuery(ref, 1, 50, ReportScope.intakeQueueAnd('EZK')),
      new GetReportAuditQuery(ref, 1, 50, ReportScope.all()),
    ]);
  });

  it('splits for officials, intake and admins only, with every part checked (department, handler, 2 to 6 parts)', async () => {
    const path = `/api/loket/reports/${ref}/split`;
    const parts = [{ department: 'EZ' }, { department: 'IenW', handler: 'off-7' }];
    await http().post(path).send({ parts }).expect(401);
    for (const role of ['moderator', 'coordinator'] as const) await http().post(path).set('Authorization', bearer([role])).send({ parts }).expect(403);
    await http().post(path).set('Authorization', bearer(['official'], 'EZ')).send({ parts }).expect(200);
    const bad = await http().post(path).set('Authorization', bearer(['official'], 'EZ')).send({ parts: [{ department: 'NOPE' }, { department: 'EZ', handler: 'a@b.nl' }] }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['parts.0.department', 'parts.1.handler']);
    await http().post(path).set('Authorization', bearer(['official'], 'EZ')).send({ parts: [{ department: 'EZ' }] }).expect(400);
    await http().post('/api/loket/reports/LKT-26-1/split').set('Authorization', bearer(['official'], 'EZ')).send({ parts }).expect(404);
    await http().post(path).set('Authorization', bearer(['admin'])).send({ parts }).expect(200);
    const asked = [{ department: 'EZ' }, { department: 'IenW', handler: 'off-7' }];
    expect(received).toEqual([
      new SplitReportCommand(ref, asked, { role: 'official', id: 'off-42' }, ReportScope.intakeQueueAnd('EZ')),
      new SplitReportCommand(ref, asked, { role: 'admin', id: 'off-42' }, ReportScope.all()),
    ]);
  });

  it('maps a forbidden transition to 409 problem+json in the asked language', async () => {
    refuse = true;
    const res = await http().post(`/api/loket/reports/${ref}/triage`).set('Authorization', bearer(['official'])).set('Accept-Language', 'en').send({ theme: '1.1', priority: 'low', department: 'EZ' }).expect(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ code: 'LOKET.TRANSITION_NOT_ALLOWED', detail: 'A report with status "resolved" cannot triage it.' });
  });

  it('refuses prototype keys like any unknown field', async () => {
    const res = await http()
      .post(`/api/loket/reports/${ref}/resolution`)
      .set('Authorization', bearer(['official']))
      .set('Content-Type', 'application/json')
      .send('{"outcome":"guidance","explanation":"Zie de handreiking.","__proto__":{"admin":true}}')
      .expect(400);
    expect(res.body.errors).toEqual([{ field: '__proto__', message: 'Dit veld is onbekend en niet toegestaan.' }]);
    expect(received).toEqual([]);
  });

  it('serves the register to anyone, a page at a time', async () => {
    expect((await http().get('/api/loket/register').expect(200)).body).toEqual({ items: [], next: null });
    await http().get('/api/loket/register?limit=100').expect(200);
    expect(received).toEqual([new GetRegisterQuery({ limit: 20, after: null }), new GetRegisterQuery({ limit: 100, after: null })]);
  });

  it('refuses a register page over the maximum or with a cursor it did not hand out', async () => {
    const res = await http().get('/api/loket/register?limit=101&cursor=abc&page=2').set('Accept-Language', 'en').expect(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.errors).toEqual([
      { field: 'page', message: 'This field is unknown and not allowed.' },
      { field: 'limit', message: 'Enter 100 or less.' },
      { field: 'cursor', message: 'This cursor is not valid: use the next link of the previous page.' },
    ]);
    expect(received).toEqual([]);
  });
});
