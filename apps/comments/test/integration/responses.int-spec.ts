import type { NestExpressApplication } from '@nestjs/platform-express';
import { signDevelopmentToken } from '@pb/auth';
import { FixedClock, keyedHash } from '@pb/kernel';
import { createTestApp, createTestDatabase, dropTestDatabase, testEnv, testLogger, waitFor } from '@pb/testing';
import { createHash, randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { CommentsAppModule } from '../../src/app.module';
import { CommentsEnv } from '../../src/config/comments.env';
import { commentsMigrations } from '../../src/migrations';
import { mailsTo, tokenIn, waitForMail } from '../support/maildev';
import { publishAnswered, publishProposal } from '../support/proposal-events';

const OPENS = '2026-12-01T08:00:00.000Z';
const CLOSES = '2026-12-10T22:59:59.000Z';
const DURING = new Date('2026-12-05T12:00:00Z');

describe('responses, moderation and support (real PostgreSQL, Kafka and MailDev)', () => {
  let app: NestExpressApplication;
  let db: { name: string; url: string };
  let ds: DataSource;
  let env: CommentsEnv;
  let moderator: string;
  const clock = new FixedClock(DURING);
  const http = () => request(app.getHttpServer());
  const address = (label: string) => `${label}-${randomBytes(5).toString('hex')}@example.org`;
  let client = 0;
  /** Each call comes from another client address (X-Forwarded-For from loopback is trusted), so per-address limits stay out of the way. */
  const from = () => `198.51.100.${(client++ % 250) + 1}`;

  const respond = (proposalId: string, email: string, overrides: Record<string, unknown> = {}) =>
    http()
      .post(`/api/proposals/${proposalId}/comments`)
      .set('X-Forwarded-For', from())
      .send({ body: 'Een werkplaats per provincie helpt ons echt verder.', author: { name: 'Anna de Vries', email }, onBehalfOf: null, public: true, parentId: null, ...overrides });

  const confirm = async (email: string, match?: (m: { subject: string }) => boolean) => {
    const mail = await waitForMail(email, match);
    return (await http().post('/api/comments/verifications').send({ token: tokenIn(mail) }).expect(200)).body;
  };

  const publicIds = async (proposalId: string): Promise<string[]> => {
    const walk = (items: { id: string; replies: unknown[] }[]): string[] => items.flatMap((i) => [i.id, ...walk(i.replies as never)]);
    return walk((await http().get(`/api/proposals/${proposalId}/comments`).expect(200)).body.items);
  };

  const proposal = async (moderation: 'pre' | 'post') => {
    const p = await publishProposal(app, { moderation, opensAt: OPENS, closesAt: CLOSES });
    await waitFor(() => ds.query(`SELECT 1 FROM proposal_projection WHERE proposal_id = $1`, [p.proposalId]), (rows) => rows.length === 1, { what: 'proposal projected' });
    return p;
  };

  /** A verified, published, public response (post-moderation proposal). */
  const publishedResponse = async (proposalId: string, overrides: Record<string, unknown> = {}) => {
    const email = address('author');
    const res = await respond(proposalId, email, overrides).expect(202);
    await confirm(email);
    return { id: res.body.id as string, email };
  };

  beforeAll(async () => {
    db = await createTestDatabase('comments', commentsMigrations);
    env = testEnv(CommentsEnv, { DATABASE_URL: db.url, RATE_LIMIT_PER_ADDRESS: 5, RATE_LIMIT_PER_EMAIL: 3 });
    app = await createTestApp(CommentsAppModule.register({ env, logger: testLogger(), clock }));
    ds = app.get(DataSource);
    moderator = signDevelopmentToken({ secret: env.JWT_SECRET, issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE }, { sub: 'moderator-1', roles: ['moderator'] });
  });

  afterAll(async () => {
    await app?.close();
    await dropTestDatabase(db.name);
  });

  beforeEach(() => clock.set(DURING));

  it('accepts a response in the last second before closing and refuses one in the first second after, with a clear message', async () => {
    const { proposalId } = await proposal('post');
    clock.set(new Date('2026-12-01T07:59:59.999Z'));
    const early = await respond(proposalId, address('early')).expect(409);
    expect(early.body.detail).toMatch(/^De consultatie is nog niet open/);
    clock.set(new Date('2026-12-01T08:00:00.000Z'));
    await respond(proposalId, address('first')).expect(202);
    clock.set(new Date('2026-12-10T22:59:58.000Z'));
    await respond(proposalId, address('second-to-last')).expect(202);
    clock.set(new Date('2026-12-10T22:59:59.999Z'));
    await respond(proposalId, address('last')).expect(202);
    clock.set(new Date('2026-12-10T23:00:00.000Z'));
    const late = await respond(proposalId, address('late')).expect(409);
    expect(late.headers['content-type']).toContain('application/problem+json');
    expect(late.body).toMatchObject({ status: 409, code: 'COMMENTS.CONSULTATION_NOT_OPEN' });
    expect(late.body.detail).toMatch(/^De consultatie is gesloten sinds 10 december 2026 om 23:59:59/);
    const lateEn = await respond(proposalId, address('late-en')).set('Accept-Language', 'en').expect(409);
    expect(lateEn.body.detail).toMatch(/^The consultation closed at/);
  });

  it('pre-moderation: a verified response waits in the queue and shows only after a moderator publishes it', async () => {
    const { proposalId, questionIds } = await proposal('pre');
    const email = address('pre');
    const res = await respond(proposalId, email, { answers: [{ questionId: questionIds[0], answer: 'Kennis en tijd.' }] }).expect(202);
    expect(res.body).toEqual({ id: expect.any(String), status: 'awaiting-verification' });
    const queueBefore = (await http().get('/api/moderation/queue').set('Authorization', `Bearer ${moderator}`).expect(200)).body.items;
    expect(queueBefore.map((i: { id: string }) => i.id)).not.toContain(res.body.id);

    const confirmed = await confirm(email);
    expect(confirmed).toMatchObject({ kind: 'response', responseId: res.body.id, status: 'pending-moderation' });
    expect(await publicIds(proposalId)).not.toContain(res.body.id);
    await http().get('/api/moderation/queue').expect(401);
    const queue = (await http().get(`/api/moderation/queue?proposalId=${proposalId}`).set('Authorization', `Bearer ${moderator}`).expect(200)).body.items;
    expect(queue).toEqual([expect.objectContaining({ id: res.body.id, status: 'pending-moderation', reason: 'pre-moderation' })]);

    await http().post(`/api/comments/${res.body.id}/moderation`).set('Authorization', `Bearer ${moderator}`).send({ decision: 'publish' }).expect(200);
    const list = (await http().get(`/api/proposals/${proposalId}/comments`).expect(200)).body;
    expect(list.items).toEqual([expect.objectContaining({ id: res.body.id, supportCount: 0, answers: [{ questionId: questionIds[0], question: 'Vraag 1', answer: 'Kennis en tijd.' }] })]);
    expect(JSON.stringify(list)).not.toContain(email);
    expect(JSON.stringify(list)).not.toContain('Anna de Vries');

    // The event counts the response with a pseudonym, nothing personal.
    const [row] = await ds.query(`SELECT envelope FROM outbox_messages WHERE envelope->>'type' = 'consultation.ResponseSubmitted' AND envelope->>'aggregateId' = $1`, [res.body.id]);
    expect(row.envelope.payload).toMatchObject({ proposalId, status: 'pending-moderation', respondentId: expect.stringMatching(/^r-[0-9a-f]{32}$/), answeredQuestionIds: [questionIds[0]] });
    expect(JSON.stringify(row.envelope)).not.toMatch(new RegExp(`${email}|Anna`));
  });

  it('post-moderation: a verified response shows at once; a rejection hides it, keeps it and tells the author why', async () => {
    const { proposalId } = await proposal('post');
    const { id, email } = await publishedResponse(proposalId);
    expect(await publicIds(proposalId)).toEqual([id]);
    await http().post(`/api/comments/${id}/moderation`).set('Authorization', `Bearer ${moderator}`).send({ decision: 'reject' }).expect(400);
    await http().post(`/api/comments/${id}/moderation`).set('Authorization', `Bearer ${moderator}`).send({ decision: 'reject', reason: 'offensive' }).expect(200);
    expect(await publicIds(proposalId)).toEqual([]);
    const [kept] = await ds.query(`SELECT status, moderation_reason FROM responses WHERE id = $1`, [id]);
    expect(kept).toEqual({ status: 'rejected', moderation_reason: 'offensive' });
    const mail = await waitForMail(email, (m) => m.subject.startsWith('Uw reactie is niet gepubliceerd'));
    expect(mail.text).toContain('omdat de reactie is beledigend of kwetsend');
  });

  it('mails a respondent and a supporter who used the English page in English only: confirmation, moderation, already responded, already supported', async () => {
    const { proposalId } = await proposal('post');
    const englishOnly = (mail: { subject: string; text: string }) => {
      expect(mail.subject).not.toContain(' / ');
      expect(mail.text).not.toMatch(/\b(Bedankt|Uw reactie|U heeft|U steunt|reactie)\b/);
    };
    const email = address('english');
    const res = await respond(proposalId, email, { language: 'en' }).expect(202);
    const confirmation = await waitForMail(email);
    expect(confirmation.subject).toBe('Confirm your response');
    englishOnly(confirmation);
    await http().post('/api/comments/verifications').send({ token: tokenIn(confirmation) }).expect(200);
    await http().post(`/api/comments/${res.body.id}/moderation`).set('Authorization', `Bearer ${moderator}`).send({ decision: 'reject', reason: 'offensive' }).expect(200);
    const rejected = await waitForMail(email, (m) => m.subject === 'Your response has not been published');
    expect(rejected.text).toContain('because the response is offensive or hurtful');
    englishOnly(rejected);
    await respond(proposalId, email, { language: 'en', body: 'Once more.' }).expect(202);
    englishOnly(await waitForMail(email, (m) => m.subject === 'You have already responded'));

    const { id } = await publishedResponse(proposalId);
    const supporter = address('english-supporter');
    await http().post(`/api/comments/${id}/support`).set('X-Forwarded-For', from()).send({ email: supporter, language: 'en' }).expect(202);
    const support = await waitForMail(supporter);
    expect(support.subject).toBe('Confirm your support');
    englishOnly(support);
    await http().post('/api/comments/verifications').send({ token: tokenIn(support) }).expect(200);
    await http().post(`/api/comments/${id}/support`).set('X-Forwarded-For', from()).send({ email: supporter, language: 'en' }).expect(202);
    englishOnly(await waitForMail(supporter, (m) => m.subject === 'You already support this response'));
    // Not said: both languages, Dutch first (the tests above read the Dutch halves).
    const unknown = address('unknown');
    await http().post(`/api/comments/${id}/support`).set('X-Forwarded-For', from()).send({ email: unknown }).expect(202);
    expect((await waitForMail(unknown)).subject).toBe('Bevestig uw steun / Confirm your support');
  });

  it('a flag sends a published response back to the moderation queue', async () => {
    const { proposalId } = await proposal('post');
    const { id } = await publishedResponse(proposalId);
    await http().post(`/api/comments/${id}/flags`).set('X-Forwarded-For', from()).send({ reason: 'spam' }).expect(202);
    const queue = (await http().get(`/api/moderation/queue?proposalId=${proposalId}`).set('Authorization', `Bearer ${moderator}`).expect(200)).body.items;
    expect(queue).toEqual([expect.objectContaining({ id, reason: 'flagged', flagCount: 1, flags: [expect.objectContaining({ reason: 'spam' })] })]);
    await http().post(`/api/comments/${id}/moderation`).set('Authorization', `Bearer ${moderator}`).send({ decision: 'publish' }).expect(200);
    expect((await http().get(`/api/moderation/queue?proposalId=${proposalId}`).set('Authorization', `Bearer ${moderator}`)).body.items).toEqual([]);
    expect(await publicIds(proposalId)).toEqual([id]);
  });

  it('never shows a non-public response in any public endpoint, and nobody can support, flag or reply to it', async () => {
    const { proposalId } = await proposal('post');
    const { id } = await publishedResponse(proposalId, { public: false, body: 'Vertrouwelijk: onze omzetcijfers.' });
    const [row] = await ds.query(`SELECT status FROM responses WHERE id = $1`, [id]);
    expect(row.status).toBe('published');
    const list = await http().get(`/api/proposals/${proposalId}/comments`).expect(200);
    expect(JSON.stringify(list.body)).not.toContain(id);
    expect(JSON.stringify(list.body)).not.toContain('omzetcijfers');
    await http().post(`/api/comments/${id}/support`).set('X-Forwarded-For', from()).send({ email: address('supporter') }).expect(404);
    await http().post(`/api/comments/${id}/flags`).set('X-Forwarded-For', from()).send({ reason: 'spam' }).expect(404);
    await respond(proposalId, address('replier'), { parentId: id }).expect(409);
  });

  it('hides replies under a hidden response and refuses new replies to it', async () => {
    const { proposalId } = await proposal('post');
    const parent = await publishedResponse(proposalId);
    const reply = await publishedResponse(proposalId, { parentId: parent.id, body: 'Eens, en ook voor zzp-ers.' });
    expect((await http().get(`/api/proposals/${proposalId}/comments`)).body.items).toEqual([expect.objectContaining({ id: parent.id, replies: [expect.objectContaining({ id: reply.id })] })]);
    await http().post(`/api/comments/${parent.id}/moderation`).set('Authorization', `Bearer ${moderator}`).send({ decision: 'reject', reason: 'personal-data' }).expect(200);
    expect(await publicIds(proposalId)).toEqual([]);
    const refused = await respond(proposalId, address('late-replier'), { parentId: parent.id }).expect(409);
    expect(refused.body.code).toBe('COMMENTS.PARENT_NOT_PUBLIC');
    const [kept] = await ds.query(`SELECT status FROM responses WHERE id = $1`, [reply.id]);
    expect(kept.status).toBe('published');
  });

  it('counts support once per verified e-mail address', async () => {
    const { proposalId } = await proposal('post');
    const { id } = await publishedResponse(proposalId);
    const supporter = address('Supporter');
    await http().post(`/api/comments/${id}/support`).set('X-Forwarded-For', from()).send({ email: supporter }).expect(202);
    const first = await confirm(supporter);
    expect(first).toMatchObject({ kind: 'support', supportCount: 1 });
    const mail = await waitForMail(supporter);
    expect((await http().post('/api/comments/verifications').send({ token: tokenIn(mail) }).expect(200)).body.supportCount).toBe(1);
    // Supporting again answers the same as a first time; only the mailbox hears that it changed nothing.
    const again = await http().post(`/api/comments/${id}/support`).set('X-Forwarded-For', from()).send({ email: supporter.toUpperCase() }).expect(202);
    expect(again.body).toEqual({ status: 'awaiting-verification' });
    const notice = await waitForMail(supporter, (m) => m.subject.startsWith('U steunt deze reactie al'));
    expect(notice.text).not.toMatch(/bevestigen\?token=/);
    const other = address('other');
    await http().post(`/api/comments/${id}/support`).set('X-Forwarded-For', from()).send({ email: other }).expect(202);
    await confirm(other);
    expect((await http().get(`/api/proposals/${proposalId}/comments`)).body.items[0].supportCount).toBe(2);
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM outbox_messages WHERE envelope->>'type' = 'consultation.ResponseSupported' AND envelope->>'aggregateId' = $1`, [id]);
    expect(n).toBe(2);
  });

  it('answers a second response from a confirmed address exactly like a first one, stores nothing and says why by mail only; shows HTML as text; refuses bad input per field', async () => {
    const { proposalId } = await proposal('post');
    const email = address('dup');
    const html = '<script>alert("x")</script><b>vet</b>';
    const { id } = await (async () => {
      const res = await respond(proposalId, email, { body: html }).expect(202);
      await confirm(email);
      return res.body;
    })();
    const fresh = await respond(proposalId, address('fresh')).expect(202);
    const dup = await respond(proposalId, email.toUpperCase(), { body: 'Nog een keer.' }).expect(202);
    // Same status, same shape, same headers that matter: the API does not tell whether the address responded.
    expect(Object.keys(dup.body).sort()).toEqual(Object.keys(fresh.body).sort());
    expect(dup.body).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), status: 'awaiting-verification' });
    expect(dup.headers['content-type']).toBe(fresh.headers['content-type']);
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM responses WHERE proposal_id = $1 AND email_normalised = $2`, [proposalId, email.toLowerCase()]);
    expect(n).toBe(1);
    const notice = await waitForMail(email, (m) => m.subject.startsWith('U heeft al gereageerd'));
    expect(notice.text).toContain('de nieuwe reactie is niet opgeslagen en telt niet mee');
    expect(notice.text).toContain('the new response was not stored and does not count');
    expect(notice.text).not.toMatch(/bevestigen\?token=/);
    const list = await http().get(`/api/proposals/${proposalId}/comments`).expect(200);
    expect(list.headers['content-type']).toContain('application/json');
    expect(list.body.items.find((i: { id: string }) => i.id === id).body).toBe(html);
    const bad = await respond(proposalId, 'not-an-email', { body: 'x'.repeat(20001), public: 'yes', extra: 1 }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['author.email', 'body', 'extra', 'public']);
    await http().post(`/api/proposals/${proposalId}/comments`).set('Content-Type', 'application/json').send(`{"body":"${'x'.repeat(300 * 1024)}"}`).expect(413);
    await http().post('/api/comments/verifications').send({ token: 'x'.repeat(43) }).expect(404);
  });

  it('an unconfirmed response never blocks its address: another one just waits beside it, and the first confirmed counts', async () => {
    const { proposalId } = await proposal('post');
    const victim = address('victim');
    // Someone else types the victim's address and never confirms.
    const squatter = await respond(proposalId, victim, { body: 'Niet van mij.' }).expect(202);
    const own = await respond(proposalId, victim, { body: 'Mijn eigen reactie.' }).expect(202);
    expect(own.body.id).not.toBe(squatter.body.id);
    await waitFor(() => mailsTo(victim), (ms) => ms.filter((m) => m.subject.startsWith('Bevestig')).length === 2, { what: 'two confirmation mails' });
    const [first, second] = (await mailsTo(victim)).filter((m) => m.subject.startsWith('Bevestig'));
    const ownToken = [first, second].map(tokenIn);
    const rows = await ds.query(`SELECT id, status FROM responses WHERE proposal_id = $1 ORDER BY submitted_at`, [proposalId]);
    expect(rows.map((r: { status: string }) => r.status)).toEqual(['awaiting-verification', 'awaiting-verification']);
    // Confirming one decides; the other link then says the address already has a counted response.
    const results = [];
    for (const token of ownToken) results.push(await http().post('/api/comments/verifications').send({ token }));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const refused = results.find((r) => r.status === 409)!;
    expect(refused.body).toMatchObject({ code: 'COMMENTS.ALREADY_RESPONDED', detail: expect.stringContaining('Per e-mailadres telt één reactie') });
    const counted = await ds.query(`SELECT id FROM responses WHERE proposal_id = $1 AND verified_at IS NOT NULL`, [proposalId]);
    expect(counted).toHaveLength(1);
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM outbox_messages WHERE envelope->>'type' = 'consultation.ResponseSubmitted' AND envelope->'payload'->>'proposalId' = $1`, [proposalId]);
    expect(n).toBe(1);
  });

  it('two concurrent submits with one Idempotency-Key make one response and both get its answer', async () => {
    const { proposalId } = await proposal('post');
    const email = address('double-click');
    const key = `form-${randomBytes(8).toString('hex')}`;
    const ip = from();
    const body = { body: 'Twee keer geklikt.', author: { name: 'Anna de Vries', email }, onBehalfOf: null, public: true, parentId: null };
    const send = () => http().post(`/api/proposals/${proposalId}/comments`).set('X-Forwarded-For', ip).set('Idempotency-Key', key).send(body);
    // Mail rows are counted, not addresses: a sent mail keeps no address (retention).
    const [{ mailsBefore }] = await ds.query(`SELECT count(*)::int AS "mailsBefore" FROM mail_outbox`);
    const [a, b] = await Promise.all([send(), send()]);
    expect([a.status, b.status]).toEqual([202, 202]);
    expect(a.body).toEqual(b.body);
    expect([a.headers['idempotent-replayed'], b.headers['idempotent-replayed']].filter(Boolean)).toEqual(['true']);
    const rows = await ds.query(`SELECT id FROM responses WHERE proposal_id = $1`, [proposalId]);
    expect(rows).toEqual([{ id: a.body.id }]);
    // A third click later: the same answer again, still one response, one confirmation mail.
    const c = await send().expect(202);
    expect(c.body).toEqual(a.body);
    const [{ mails }] = await ds.query(`SELECT count(*)::int AS mails FROM mail_outbox`);
    expect(mails - mailsBefore).toBe(1);
    // The same key with another body is a client bug, not a retry.
    const other = await http().post(`/api/proposals/${proposalId}/comments`).set('X-Forwarded-For', ip).set('Idempotency-Key', key).send({ ...body, author: { name: 'Bob', email: address('other') } }).expect(422);
    expect(other.body).toMatchObject({ code: 'HTTP.IDEMPOTENCY_KEY_REUSED', detail: expect.stringContaining('al gebruikt voor een ander verzoek') });
    await http().post(`/api/proposals/${proposalId}/comments`).set('X-Forwarded-For', ip).set('Idempotency-Key', 'kort').send({ ...body, author: { name: 'Bob', email: address('short') } }).expect(422);
    const [stored] = await ds.query(`SELECT key_hash, scope, expires_at, created_at FROM idempotency_keys`);
    expect(stored.key_hash).not.toContain(key);
    expect(new Date(stored.expires_at).getTime() - new Date(stored.created_at).getTime()).toBe(24 * 3600_000);
  });

  it('rate-limits per client address and per e-mail address with a 429 problem', async () => {
    const { proposalId } = await proposal('post');
    const ip = '203.0.113.9';
    for (let i = 0; i < 5; i++) await http().post(`/api/proposals/${proposalId}/comments`).set('X-Forwarded-For', ip).send({ body: 'Reactie', author: { name: 'A', email: address('rl') }, public: true }).expect(202);
    const limited = await http().post(`/api/proposals/${proposalId}/comments`).set('X-Forwarded-For', ip).send({ body: 'Reactie', author: { name: 'A', email: address('rl') }, public: true }).expect(429);
    expect(limited.headers['content-type']).toContain('application/problem+json');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(600);
    const email = address('same-mail');
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await respond(proposalId, email).set('X-Forwarded-For', from())).status);
    expect(statuses).toEqual([202, 202, 202, 429]);
    // Only keyed hashes are stored: neither the client address nor the e-mail address, nor their plain SHA-256.
    const keys: { key_hash: string }[] = await ds.query(`SELECT DISTINCT key_hash FROM rate_limit_attempts`);
    const plain = (v: string) => createHash('sha256').update(v).digest('hex');
    expect(keys.length).toBeGreaterThan(0);
    for (const { key_hash } of keys) {
      expect(key_hash).toMatch(/^[0-9a-f]{64}$/);
      expect([ip, email, plain(ip), plain(email)]).not.toContain(key_hash);
    }
    expect(keys.map((k) => k.key_hash)).toContain(keyedHash(env.PSEUDONYM_SECRET, 'ip', ip));
  });

  it('"you said, we did": every respondent with a verified address hears once that the report is out', async () => {
    const { proposalId } = await proposal('pre');
    const verified = address('said');
    const unverified = address('silent');
    const res = await respond(proposalId, verified).expect(202);
    await confirm(verified);
    await http().post(`/api/comments/${res.body.id}/moderation`).set('Authorization', `Bearer ${moderator}`).send({ decision: 'reject', reason: 'off-topic' }).expect(200);
    await respond(proposalId, unverified).expect(202);
    await publishAnswered(app, proposalId, [res.body.id]);
    const mail = await waitForMail(verified, (m) => m.subject.startsWith('U zei, wij deden'));
    expect(mail.text).toContain(`/consultaties/${proposalId}`);
    await waitFor(() => ds.query(`SELECT status FROM proposal_projection WHERE proposal_id = $1`, [proposalId]), (r) => r[0]?.status === 'answered', { what: 'answered' });
    expect((await mailsTo(unverified)).filter((m) => m.subject.startsWith('U zei'))).toEqual([]);
  });
});
