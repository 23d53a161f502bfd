import type { NestExpressApplication } from '@nestjs/platform-express';
import { ErasureCompletedV1, Topics } from '@pb/contracts';
import { keyedHash, normaliseEmailAddress } from '@pb/kernel';
import { EventBroker, ReceivedMessage, createEvent } from '@pb/messaging';
import { createTestApp, createTestDatabase, dropTestDatabase, findPersonalData, testEnv, testLogger, waitFor } from '@pb/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ReviewAppModule } from '../../src/app.module';
import { ReviewEnv } from '../../src/config/review.env';
import { reviewMigrations } from '../../src/migrations';
import { tokenFor } from '../factories/tokens';

/** The coordinator of erasure requests (privacy module) against the real PostgreSQL and Kafka. */
describe('erasure requests (real PostgreSQL and Kafka)', () => {
  let app: NestExpressApplication;
  let db: { name: string; url: string };
  let env: ReviewEnv;
  const seen: ReceivedMessage[] = [];
  const http = () => request(app.getHttpServer());
  const admin = () => tokenFor(env, 'admin');

  beforeAll(async () => {
    db = await createTestDatabase('review', reviewMigrations);
    env = testEnv(ReviewEnv, { DATABASE_URL: db.url });
    app = await createTestApp(ReviewAppModule.register({ env, logger: testLogger() }));
    await app.get(EventBroker).subscribe({ groupId: 'test-observer', topics: [Topics.erasures], fromBeginning: true, onMessage: async (m) => void seen.push(m) });
  });

  afterAll(async () => {
    await app?.close();
    await dropTestDatabase(db.name);
  });

  const answer = async (erasureId: string, service: 'loket' | 'comments' | 'review', erased: Record<string, number>) => {
    const event = createEvent(ErasureCompletedV1, { erasureId, service, erased }, { aggregateId: erasureId, aggregateVersion: 2, actor: { role: 'system', id: service } });
    await app.get(EventBroker).publish(Topics.erasures, [{ key: erasureId, value: JSON.stringify(event) }]);
  };
  const status = async (location: string) => (await http().get(location).set('Authorization', admin()).expect(200)).body;

  it('takes a request from an admin, sends only a keyed hash of the address, and completes when every holder of personal data has answered', async () => {
    const email = 'Hendrika.Zwanenburg@Example.org';
    const res = await http().post('/api/privacy/erasures').set('Authorization', admin()).send({ email: ` ${email} ` .trim() }).expect(202);
    const id = res.body.id as string;
    expect(res.headers.location).toBe(`/api/privacy/erasures/${id}`);
    expect(res.body).toEqual({
      id,
      status: 'pending',
      requestedAt: expect.any(String),
      requestedBy: 'admin-1',
      completedAt: null,
      services: [
        { service: 'loket', status: 'pending', erased: null, answeredAt: null },
        { service: 'comments', status: 'pending', erased: null, answeredAt: null },
        { service: 'review', status: 'pending', erased: null, answeredAt: null },
      ],
    });

    // On Kafka: the request, with the keyed hash every service computes over its own rows, and no address.
    const sent = await waitFor(async () => seen.map((m) => JSON.parse(m.value!.toString()) as { type: string; aggregateId: string; payload: unknown }).find((e) => e.type === 'privacy.ErasureRequested' && e.aggregateId === id), Boolean, { what: 'ErasureRequested on Kafka' });
    expect(sent!.payload).toEqual({ erasureId: id, subjectHash: keyedHash(env.PSEUDONYM_SECRET, 'email', normaliseEmailAddress(email)) });
    expect(JSON.stringify(sent).toLowerCase()).not.toContain('zwanenburg');
    // Nor anywhere in the review's database.
    expect(await findPersonalData(app.get(DataSource), [email, 'zwanenburg'])).toEqual([]);

    // The review holds subscribers' addresses (issue 12, item 7): its own subscriptions answer, with zeros here.
    await waitFor(() => status(res.headers.location), (b) => b.services[2].status === 'completed', { what: 'the review’s own answer' });
    await answer(id, 'loket', { reporters: 1, reports: 2, messages: 0, mails: 3 });
    const half = await waitFor(() => status(res.headers.location), (b) => b.services[0].status === 'completed', { what: 'the loket’s answer recorded' });
    expect(half).toMatchObject({
      status: 'pending',
      completedAt: null,
      services: [
        { service: 'loket', status: 'completed', erased: { reporters: 1, reports: 2, messages: 0, mails: 3 } },
        { service: 'comments', status: 'pending' },
        { service: 'review', status: 'completed', erased: { subscriptions: 0 } },
      ],
    });

    await answer(id, 'comments', { responses: 0, 'unverified-responses': 0, supports: 0, verifications: 0, mails: 0 });
    const done = await waitFor(() => status(res.headers.location), (b) => b.status === 'completed', { what: 'the erasure completed' });
    expect(done.completedAt).toBe(done.services[1].answeredAt);
    expect(done.services[1]).toMatchObject({ service: 'comments', status: 'completed', erased: { responses: 0, mails: 0 } });

    // A repeated answer changes nothing.
    await answer(id, 'loket', { reporters: 9 });
    await answer(id, 'comments', { responses: 9 });
    const marker = (await http().post('/api/privacy/erasures').set('Authorization', admin()).send({ email: 'another@example.org' }).expect(202)).body.id;
    await answer(marker, 'loket', {});
    await waitFor(() => status(`/api/privacy/erasures/${marker}`), (b) => b.services[0].status === 'completed', { what: 'a later answer recorded' });
    expect(await status(res.headers.location)).toEqual(done);

    // The list, most recent first, a page at a time.
    const page1 = (await http().get('/api/privacy/erasures?limit=1').set('Authorization', admin()).expect(200)).body;
    expect(page1).toEqual({ items: [{ id: marker, status: 'pending', requestedAt: expect.any(String), completedAt: null }], next: '/api/privacy/erasures?limit=1&offset=1' });
    const page2 = (await http().get(page1.next).set('Authorization', admin()).expect(200)).body;
    expect(page2).toEqual({ items: [{ id, status: 'completed', requestedAt: done.requestedAt, completedAt: done.completedAt }], next: null });
    await http().get('/api/privacy/erasures?limit=101').set('Authorization', admin()).expect(400);
    await http().get('/api/privacy/erasures').set('Authorization', tokenFor(env, 'coordinator')).expect(403);
  });

  it('is for admins only, and says clearly what is wrong with a request', async () => {
    await http().post('/api/privacy/erasures').send({ email: 'a@example.org' }).expect(401);
    await http().post('/api/privacy/erasures').set('Authorization', tokenFor(env, 'coordinator')).send({ email: 'a@example.org' }).expect(403);
    await http().get('/api/privacy/erasures/6b0f7c1e-8d2a-4c3b-9e4f-5a6b7c8d9e0f').set('Authorization', tokenFor(env, 'official')).expect(403);
    const bad = await http().post('/api/privacy/erasures').set('Authorization', admin()).send({ email: 'geen-adres' }).expect(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(bad.body)).toContain('Vul een geldig e-mailadres in');
    const en = await http().post('/api/privacy/erasures').set('Authorization', admin()).set('Accept-Language', 'en').send({ email: 'jan@' }).expect(400);
    expect(JSON.stringify(en.body)).toContain('Enter a valid e-mail address');
    // The shared rule of every e-mail field (@IsEmailAddress of libs/http): a missing address or a number is refused per field too.
    const none = await http().post('/api/privacy/erasures').set('Authorization', admin()).send({}).expect(400);
    expect(none.body.errors).toEqual([expect.objectContaining({ field: 'email', message: 'Dit veld is verplicht.' })]);
    const notText = await http().post('/api/privacy/erasures').set('Authorization', admin()).send({ email: 42 }).expect(400);
    expect(notText.body.errors.map((e: { field: string }) => e.field)).toEqual(['email']);
    const missing = await http().get('/api/privacy/erasures/6b0f7c1e-8d2a-4c3b-9e4f-5a6b7c8d9e0f').set('Authorization', admin()).expect(404);
    expect(missing.body).toMatchObject({ status: 404, code: 'PRIVACY.ERASURE_NOT_FOUND', detail: 'Dit verwijderverzoek bestaat niet.' });
    await http().get('/api/privacy/erasures/not-a-uuid').set('Authorization', admin()).expect(400);
  });
});
