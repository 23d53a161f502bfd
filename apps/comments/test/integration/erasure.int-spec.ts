import type { NestExpressApplication } from '@nestjs/platform-express';
import { signDevelopmentToken } from '@pb/auth';
import { ErasureRequestedV1, Topics } from '@pb/contracts';
import { FixedClock, keyedHash, normaliseEmailAddress } from '@pb/kernel';
import { EventBroker, ReceivedMessage, createEvent } from '@pb/messaging';
import { countScannedColumns, createTestApp, createTestDatabase, dropTestDatabase, findPersonalData, testEnv, testLogger, waitFor } from '@pb/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { CommentsAppModule } from '../../src/app.module';
import { CommentsEnv } from '../../src/config/comments.env';
import { commentsMigrations } from '../../src/migrations';
import { RespondentErasureStore } from '../../src/privacy/application/ports/respondent-erasure.store';
import { Mail, tokenIn, waitForMail } from '../support/maildev';
import { publishProposal } from '../support/proposal-events';

/** Erasure of a respondent (AVG art. 17) on a privacy.ErasureRequested, against the real PostgreSQL, Kafka and MailDev. */
describe('comments erasure (real PostgreSQL, Kafka and MailDev)', () => {
  let app: NestExpressApplication;
  let db: { name: string; url: string };
  let ds: DataSource;
  let env: CommentsEnv;
  let moderator: string;
  const completions: ReceivedMessage[] = [];
  const http = () => request(app.getHttpServer());
  const address = (label: string) => `${label}-${randomBytes(5).toString('hex')}@example.org`;
  let client = 0;
  const from = () => `198.51.100.${(client++ % 250) + 1}`;

  beforeAll(async () => {
    db = await createTestDatabase('comments', commentsMigrations);
    env = testEnv(CommentsEnv, { DATABASE_URL: db.url, RATE_LIMIT_PER_ADDRESS: 50, RATE_LIMIT_PER_EMAIL: 50 });
    app = await createTestApp(CommentsAppModule.register({ env, logger: testLogger(), clock: new FixedClock(new Date('2026-12-05T12:00:00Z')) }));
    ds = app.get(DataSource);
    moderator = signDevelopmentToken({ secret: env.JWT_SECRET, issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE }, { sub: 'moderator-1', roles: ['moderator'] });
    await app.get(EventBroker).subscribe({ groupId: 'test-erasures', topics: [Topics.erasures], fromBeginning: true, onMessage: async (m) => void completions.push(m) });
  });

  afterAll(async () => {
    await app?.close();
    await dropTestDatabase(db.name);
  });

  const proposal = async (moderation: 'pre' | 'post', title: string) => {
    const p = await publishProposal(app, { moderation, opensAt: '2026-12-01T08:00:00.000Z', closesAt: '2026-12-10T22:59:59.000Z', title });
    await waitFor(() => ds.query(`SELECT 1 FROM proposal_projection WHERE proposal_id = $1`, [p.proposalId]), (rows) => rows.length === 1, { what: 'proposal projected' });
    return p;
  };
  const respond = (proposalId: string, name: string, email: string, body: string, answers: { questionId: string; answer: string }[] = [], onBehalfOf: string | null = 'Bakkerij Zwanenburg') =>
    http()
      .post(`/api/proposals/${proposalId}/comments`)
      .set('X-Forwarded-For', from())
      .send({ body, answers, author: { name, email }, onBehalfOf, public: true, parentId: null })
      .expect(202);
  const confirm = async (email: string, match?: (m: Mail) => boolean) =>
    (await http().post('/api/comments/verifications').send({ token: tokenIn(await waitForMail(email, match)) }).expect(200)).body;
  const requestErasure = async (email: string): Promise<string> => {
    const erasureId = randomUUID();
    const subjectHash = keyedHash(env.PSEUDONYM_SECRET, 'email', normaliseEmailAddress(email));
    const event = createEvent(ErasureRequestedV1, { erasureId, subjectHash }, { aggregateId: erasureId, aggregateVersion: 1, actor: { role: 'admin', id: 'admin-1' } });
    await app.get(EventBroker).publish(Topics.erasures, [{ key: erasureId, value: JSON.stringify(event) }]);
    return erasureId;
  };
  const completionOf = async (erasureId: string) =>
    (await waitFor(
      async () => completions.map((m) => JSON.parse(m.value!.toString())).find((e) => e.type === 'privacy.ErasureCompleted' && e.payload.erasureId === erasureId),
      Boolean,
      { what: `ErasureCompleted of ${erasureId} on Kafka` },
    )) as { payload: { erasureId: string; service: string; erased: Record<string, number> } };
  const count = async (sql: string, params: unknown[] = []) => (await ds.query(sql, params))[0].n as number;

  it('erases a respondent with a verified, a pending and an unverified response, a support and queued mails, and keeps every count', async () => {
    const name = 'Hendrika Zwanenburg';
    const email = address('Hendrika.Zwanenburg');
    const words = 'Mijn bakkerij aan de Vismarkt kan geen cursus betalen';
    const post = await proposal('post', 'Werkplaatsen in de regio');
    const pre = await proposal('pre', 'Datakluizen voor het mkb');
    const other = await proposal('post', 'Digitale vaardigheden in de zorg');
    const about = (title: string) => (m: Mail) => m.text.includes(title);

    // Verified and published; someone else supports it.
    const published = (await respond(post.proposalId, name, email, `${words}; een werkplaats helpt.`, [{ questionId: post.questionIds[0], answer: `${words}.` }])).body.id as string;
    await confirm(email, about('Werkplaatsen in de regio'));
    const supporter = address('steun');
    await http().post(`/api/comments/${published}/support`).set('X-Forwarded-For', from()).send({ email: supporter }).expect(202);
    await confirm(supporter);
    // Someone else's response on another proposal, which she supports (typing her address in capitals).
    const pieterEmail = address('pieter');
    const pieters = (await respond(other.proposalId, 'Pieter Bakker', pieterEmail, 'Graag ook in het oosten.', [], null)).body.id as string;
    await confirm(pieterEmail);
    await http().post(`/api/comments/${pieters}/support`).set('X-Forwarded-For', from()).send({ email: email.toUpperCase() }).expect(202);
    await confirm(email, (m) => m.subject.startsWith('Bevestig uw steun'));
    // Verified and waiting for a moderator (pre-moderation).
    const pending = (await respond(pre.proposalId, name, email, `${words} (tweede keer).`)).body.id as string;
    await confirm(email, about('Datakluizen voor het mkb'));
    // Never verified: its verification row and mail are still there.
    const unverified = (await respond(other.proposalId, name, email, `${words} (niet bevestigd).`)).body.id as string;

    const statuses = async () =>
      Object.fromEntries((await ds.query(`SELECT id, status FROM responses WHERE id = ANY($1::uuid[])`, [[published, pending, unverified, pieters]])).map((r: { id: string; status: string }) => [r.id, r.status]));
    expect(await statuses()).toEqual({ [published]: 'published', [pending]: 'pending-moderation', [unverified]: 'awaiting-verification', [pieters]: 'published' });
    const queueIds = async () => (await http().get('/api/moderation/queue').set('Authorization', `Bearer ${moderator}`).expect(200)).body.items.map((i: { id: string }) => i.id);
    expect(await queueIds()).toContain(pending);
    // Sent mails keep no address or body (retention): once the last confirmation request is out, none
    // of the four mails to her is hers any more. A mail still queued (SMTP away, next attempt tomorrow)
    // does carry her address: erasure takes it.
    await waitForMail(email, about('Digitale vaardigheden in de zorg'));
    await waitFor(() => count(`SELECT count(*)::int AS n FROM mail_outbox WHERE sent_at IS NULL`), (n) => n === 0, { what: 'every mail sent' });
    expect(await count(`SELECT count(*)::int AS n FROM mail_outbox WHERE lower(to_address) = lower($1)`, [email])).toBe(0);
    await ds.query(
      `INSERT INTO mail_outbox (id, to_address, subject, text_body, kind, next_attempt_at) VALUES (gen_random_uuid(), $1, 'Bevestig uw reactie', 'Nog een link.', 'comments.verify-response', now() + interval '1 day')`,
      [email],
    );
    const mailsToHer = await count(`SELECT count(*)::int AS n FROM mail_outbox WHERE lower(to_address) = lower($1)`, [email]);
    expect(mailsToHer).toBe(1);
    const eventsBefore = await ds.query(`SELECT envelope->>'type' AS type, count(*)::int AS n FROM outbox_messages GROUP BY 1 ORDER BY 1`);
    const countsBefore = await ds.query(`SELECT id, status, support_count, flag_count, verified_at, published_at FROM responses WHERE id <> $1 ORDER BY id`, [unverified]);
    expect(await findPersonalData(ds, [email, name, words])).not.toEqual([]);

    const erasureId = await requestErasure(email);
    expect((await completionOf(erasureId)).payload).toEqual({
      erasureId,
      service: 'comments',
      erased: { responses: 2, 'unverified-responses': 1, supports: 1, verifications: 4, mails: mailsToHer },
    });

    // Nothing of her in any text column of any table: not her address, name, words or answers.
    expect(await countScannedColumns(ds)).toBeGreaterThan(30);
    expect(await findPersonalData(ds, [email, name, words, 'Bakkerij Zwanenburg'])).toEqual([]);

    // Every count stays: the rows (bar the never-verified one), their statuses, supports and dates; no event
    // went out that would change the review's figures (only the answer to the coordinator).
    expect(await ds.query(`SELECT id, status, support_count, flag_count, verified_at, published_at FROM responses WHERE id <> $1 ORDER BY id`, [unverified])).toEqual(countsBefore);
    expect(await count(`SELECT count(*)::int AS n FROM responses WHERE id = $1`, [unverified])).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM supports WHERE counted`)).toBe(2);
    const eventsAfter = await ds.query(`SELECT envelope->>'type' AS type, count(*)::int AS n FROM outbox_messages WHERE envelope->>'type' <> 'privacy.ErasureCompleted' GROUP BY 1 ORDER BY 1`);
    expect(eventsAfter).toEqual(eventsBefore);

    // Out of every view: the public list, the moderation queue, moderation itself.
    const list = (await http().get(`/api/proposals/${post.proposalId}/comments`).expect(200)).body;
    expect(list.items.map((i: { id: string }) => i.id)).not.toContain(published);
    expect((await http().get(`/api/proposals/${other.proposalId}/comments`).expect(200)).body.items).toEqual([expect.objectContaining({ id: pieters, supportCount: 1 })]);
    expect(await queueIds()).not.toContain(pending);
    await http().post(`/api/comments/${pending}/moderation`).set('Authorization', `Bearer ${moderator}`).send({ decision: 'publish' }).expect(404);

    // Others are untouched.
    expect(await findPersonalData(ds, [pieterEmail, 'Pieter Bakker', supporter])).toEqual(
      expect.arrayContaining([expect.objectContaining({ table: 'responses', column: 'author_name' }), expect.objectContaining({ table: 'supports', column: 'email_normalised' })]),
    );
    expect(await count(`SELECT count(*)::int AS n FROM responses WHERE email_hash IS NULL`)).toBe(0);
    // A later fill leaves the erased rows alone (it would otherwise hash their placeholder address).
    expect(await count(`SELECT count(*)::int AS n FROM responses WHERE erased_at IS NOT NULL AND email_hash <> 'erased'`)).toBe(0);
    expect(await app.get(RespondentErasureStore).fillEmailHashes(ds.manager)).toBe(0);
  });

  it('answers a request for someone it does not know with zeros, so the coordinator can complete', async () => {
    const erasureId = await requestErasure(address('onbekend'));
    expect((await completionOf(erasureId)).payload).toEqual({
      erasureId,
      service: 'comments',
      erased: { responses: 0, 'unverified-responses': 0, supports: 0, verifications: 0, mails: 0 },
    });
  });
});
