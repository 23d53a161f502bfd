import type { NestExpressApplication } from '@nestjs/platform-express';
import { signDevelopmentToken } from '@pb/auth';
import { ProposalPublishedV3, Topics } from '@pb/contracts';
import { EventBroker, createEvent } from '@pb/messaging';
import { createTestApp, createTestDatabase, dropTestDatabase, testEnv, testLogger, waitFor } from '@pb/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { CommentsAppModule } from '../../src/app.module';
import { CommentsEnv } from '../../src/config/comments.env';
import { commentsMigrations } from '../../src/migrations';

jest.setTimeout(180_000);

/** Issue 11 item 6: questions of four kinds arrive in ProposalPublished v2 (real Kafka) and answers are checked by them (real PostgreSQL). */
describe('questions of more than one kind (real PostgreSQL and Kafka)', () => {
  let app: NestExpressApplication;
  let db: { name: string; url: string };
  let ds: DataSource;
  let coordinator: string;
  const http = () => request(app.getHttpServer());
  let client = 0;
  const from = () => `198.51.100.${(client++ % 250) + 1}`;
  const q = { text: randomUUID(), single: randomUUID(), multiple: randomUUID(), scale: randomUUID() };
  const opt = { yes: randomUUID(), no: randomUUID(), a: randomUUID(), b: randomUUID(), c: randomUUID() };
  let proposalId: string;

  const respond = (answers: unknown[], lang = 'nl') =>
    http()
      .post(`/api/proposals/${proposalId}/comments`)
      .set('X-Forwarded-For', from())
      .set('Accept-Language', lang)
      .send({ body: 'Mijn reactie op het voorstel.', answers, author: { name: 'Anna', email: `a-${randomBytes(5).toString('hex')}@example.org` }, public: true });

  beforeAll(async () => {
    db = await createTestDatabase('comments', commentsMigrations);
    const env = testEnv(CommentsEnv, { DATABASE_URL: db.url, RATE_LIMIT_PER_ADDRESS: 1000 });
    app = await createTestApp(CommentsAppModule.register({ env, logger: testLogger() }));
    ds = app.get(DataSource);
    coordinator = `Bearer ${signDevelopmentToken({ secret: env.JWT_SECRET, issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE }, { sub: 'coordinator-1', roles: ['coordinator'] })}`;
    proposalId = randomUUID();
    const event = createEvent(
      ProposalPublishedV3,
      {
        proposalId,
        title: 'Regionale werkplaatsen',
        theme: '1.1',
        strategyVersion: '2018.0',
        moderation: 'post',
        questions: [
          { id: q.text, text: 'Wat mist u?', kind: 'text' },
          { id: q.single, text: 'Steunt u dit voorstel?', kind: 'single-choice', options: [{ id: opt.yes, label: 'Ja' }, { id: opt.no, label: 'Nee' }] },
          { id: q.multiple, text: 'Welke regio’s?', kind: 'multiple-choice', options: [{ id: opt.a, label: 'Noord' }, { id: opt.b, label: 'Midden' }, { id: opt.c, label: 'Zuid' }] },
          { id: q.scale, text: 'Hoe belangrijk?', kind: 'scale' },
        ],
        opensAt: new Date(Date.now() - 86400000).toISOString(),
        closesAt: new Date(Date.now() + 86400000).toISOString(),
        publishedAt: new Date().toISOString(),
        textVersion: 1,
        paragraphs: [{ anchor: 'a1', since: 1 }],
      },
      { aggregateId: proposalId, aggregateVersion: 2, actor: { role: 'coordinator', id: 'coordinator-1' } },
    );
    await app.get(EventBroker).publish(Topics.proposals, [{ key: proposalId, value: JSON.stringify(event) }]);
    await waitFor(() => ds.query(`SELECT questions FROM proposal_projection WHERE proposal_id = $1`, [proposalId]), (rows) => rows.length === 1, { what: 'proposal projected' });
  });

  afterAll(async () => {
    await app?.close();
    await dropTestDatabase(db.name);
  });

  it('keeps each question’s kind and options from ProposalPublished v2', async () => {
    const [{ questions }] = await ds.query(`SELECT questions FROM proposal_projection WHERE proposal_id = $1`, [proposalId]);
    expect(questions.map((x: { kind: string }) => x.kind)).toEqual(['text', 'single-choice', 'multiple-choice', 'scale']);
    expect(questions[1].options).toEqual([{ id: opt.yes, label: 'Ja' }, { id: opt.no, label: 'Nee' }]);
  });

  it('takes a valid answer of every kind and stores the text, the option, the options in the question’s order and the value', async () => {
    const res = await respond([
      { questionId: q.text, answer: 'Meer begeleiding' },
      { questionId: q.single, choice: opt.yes },
      { questionId: q.multiple, choices: [opt.c, opt.a] },
      { questionId: q.scale, value: 4 },
    ]).expect(202);
    const [row] = await ds.query(`SELECT answers FROM responses WHERE id = $1`, [res.body.id]);
    expect(row.answers).toEqual([
      { questionId: q.text, answer: 'Meer begeleiding' },
      { questionId: q.single, answer: opt.yes },
      { questionId: q.multiple, answer: [opt.a, opt.c] },
      { questionId: q.scale, answer: 4 },
    ]);
  });

  it('refuses each wrong answer with a problem naming its field, Dutch first and English on request', async () => {
    const res = await respond([
      { questionId: q.text, answer: '   ' },
      { questionId: q.single, choice: opt.a },
      { questionId: q.multiple, choices: [] },
      { questionId: q.scale, answer: 'vier' },
    ]).expect(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ code: 'COMMENTS.INVALID_ANSWER', detail: 'Een of meer antwoorden passen niet bij hun vraag.' });
    expect(res.body.errors).toEqual([
      { field: 'answers.0.answer', message: 'Vul een antwoord in.' },
      { field: 'answers.1.choice', message: 'Dit antwoord is geen keuze bij deze vraag.' },
      { field: 'answers.2.choices', message: 'Kies een of meer antwoorden.' },
      { field: 'answers.3.answer', message: 'Deze vraag wordt beantwoord met het veld value.' },
    ]);
    const en = await respond([{ questionId: q.multiple, choices: [opt.a, opt.yes] }, { questionId: q.single }], 'en').expect(422);
    expect(en.body.errors).toEqual([
      { field: 'answers.0.choices', message: 'One of these answers is not an option of this question.' },
      { field: 'answers.1.choice', message: 'Choose one of the answers.' },
    ]);
    // Out of the scale or not a whole number: refused by the request's own rules (400, the field named).
    const bad = await respond([{ questionId: q.scale, value: 6 }]).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['answers.0.value']);
    await respond([{ questionId: q.scale, value: 2.5 }]).expect(400);
    const twice = await respond([{ questionId: q.scale, value: 2 }, { questionId: q.scale, value: 3 }]).expect(422);
    expect(twice.body.errors).toEqual([{ field: 'answers.1.questionId', message: 'Beantwoord elke vraag één keer.' }]);
    expect((await ds.query(`SELECT count(*)::int AS n FROM responses WHERE proposal_id = $1`, [proposalId]))[0].n).toBe(1);
  });

  it('counts per option and scale value for the coordinator, and for the public only once the consultation closed', async () => {
    const ids: string[] = [];
    for (const [choice, choices, value] of [[opt.yes, [opt.a], 5], [opt.no, [opt.a, opt.b], 5], [opt.yes, [opt.b], 1]] as const) {
      ids.push((await respond([{ questionId: q.single, choice }, { questionId: q.multiple, choices }, { questionId: q.scale, value }]).expect(202)).body.id);
    }
    // Confirmed responses count (the first test's one too); an unconfirmed one does not, nor a rejected one.
    await ds.query(`UPDATE responses SET verified_at = now(), status = 'published' WHERE proposal_id = $1 AND id <> $2`, [proposalId, ids[2]]);
    const [rejected] = await ds.query(`SELECT id FROM responses WHERE proposal_id = $1 AND id = $2`, [proposalId, ids[1]]);
    await ds.query(`UPDATE responses SET status = 'rejected' WHERE id = $1`, [rejected.id]);
    await http().get(`/api/proposals/${proposalId}/comments/results`).expect(409);
    const res = await http().get(`/api/proposals/${proposalId}/comments/reading-room/results`).set('Authorization', coordinator).expect(200);
    const byQuestion = Object.fromEntries(res.body.items.map((r: { questionId: string }) => [r.questionId, r]));
    expect(byQuestion[q.single]).toMatchObject({ kind: 'single-choice', answered: 2, counts: [{ value: opt.yes, label: 'Ja', count: 2 }, { value: opt.no, label: 'Nee', count: 0 }] });
    expect(byQuestion[q.multiple].counts.map((c: { count: number }) => c.count)).toEqual([2, 0, 1]);
    expect(byQuestion[q.scale].counts).toEqual([1, 2, 3, 4, 5].map((v) => ({ value: String(v), label: String(v), count: v === 4 || v === 5 ? 1 : 0 })));
    expect(byQuestion[q.text]).toMatchObject({ kind: 'text', answered: 1, counts: [] });
    await ds.query(`UPDATE proposal_projection SET status = 'closed' WHERE proposal_id = $1`, [proposalId]);
    const open = await http().get(`/api/proposals/${proposalId}/comments/results`).expect(200);
    expect(open.body).toEqual(res.body);
    // The public list shows a choice by its label and a scale value out of five.
    const list = await http().get(`/api/proposals/${proposalId}/comments`).expect(200);
    const first = list.body.items.find((i: { id: string }) => i.id === ids[0]);
    expect(first.answers.map((a: { answer: string }) => a.answer)).toEqual(['Ja', 'Noord', '5 / 5']);
  });

  it('narrows the reading room to an answer given: an option of a single or multiple choice question, or a scale value', async () => {
    const ids = async (qs: string) =>
      ((await http().get(`/api/proposals/${proposalId}/comments/reading-room?${qs}`).set('Authorization', coordinator).expect(200)).body.items as { id: string; answers: { questionId: string; answer: unknown }[] }[]);
    const answerOf = (items: Awaited<ReturnType<typeof ids>>, question: string) => items.map((i) => i.answers.find((a) => a.questionId === question)?.answer);
    const yes = await ids(`questionId=${q.single}&answer=${opt.yes}`);
    expect(yes.length).toBeGreaterThan(0);
    expect(new Set(answerOf(yes, q.single))).toEqual(new Set([opt.yes]));
    const midden = await ids(`questionId=${q.multiple}&answer=${opt.b}`);
    expect(midden.length).toBeGreaterThan(0);
    for (const chosen of answerOf(midden, q.multiple)) expect(chosen).toContain(opt.b);
    const five = await ids(`questionId=${q.scale}&answer=5`);
    expect(five.length).toBeGreaterThan(0);
    expect(new Set(answerOf(five, q.scale))).toEqual(new Set([5]));
    // Every response with that answer, and only those: the filtered count is the per-option count of the results (all statuses).
    const all = await ids(`questionId=${q.single}`);
    expect(yes.length + (await ids(`questionId=${q.single}&answer=${opt.no}`)).length).toBe(all.length);
    expect(await ids(`questionId=${q.scale}&answer=3`)).toEqual([]);
  });

  it('keeps the counts table equal to counting every response again, through confirmation, rejection, erasure, deletion and concurrent confirmations', async () => {
    // The old query, over all responses: what answer_counts (kept by a trigger) must always equal.
    const recount = async () =>
      (
        await ds.query(
          `WITH a AS (SELECT e->>'questionId' AS question_id, e->'answer' AS answer FROM responses r, jsonb_array_elements(r.answers) e
                       WHERE r.proposal_id = $1 AND r.parent_id IS NULL AND r.verified_at IS NOT NULL AND r.erased_at IS NULL AND r.status <> 'rejected')
           SELECT question_id, '' AS value, count(*)::int AS count FROM a GROUP BY question_id
           UNION ALL
           SELECT question_id, v, count(*)::int FROM a, jsonb_array_elements_text(CASE WHEN jsonb_typeof(answer) = 'array' THEN answer ELSE jsonb_build_array(answer) END) v
            WHERE question_id = ANY($2::text[]) GROUP BY question_id, v
           ORDER BY 1, 2`,
          [proposalId, [q.single, q.multiple, q.scale]],
        )
      ).map((r: { question_id: string; value: string; count: number }) => `${r.question_id}/${r.value}=${r.count}`);
    const kept = async () =>
      (await ds.query(`SELECT question_id, value, count FROM answer_counts WHERE proposal_id = $1 AND count <> 0 ORDER BY 1, 2`, [proposalId])).map(
        (r: { question_id: string; value: string; count: number }) => `${r.question_id}/${r.value}=${r.count}`,
      );
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      const answers = [{ questionId: q.single, choice: i % 3 ? opt.yes : opt.no }, { questionId: q.multiple, choices: i % 2 ? [opt.a, opt.c] : [opt.b] }, { questionId: q.scale, value: 1 + (i % 5) }];
      ids.push((await respond(i % 4 ? answers : [...answers, { questionId: q.text, answer: `Tekst ${i}` }]).expect(202)).body.id);
    }
    expect(await kept()).toEqual(await recount());
    // Ten confirmations at once, each in its own transaction, on the same counter rows.
    await Promise.all(ids.slice(0, 10).map((id) => ds.query(`UPDATE responses SET verified_at = now(), status = 'published' WHERE id = $1`, [id])));
    const confirmed = await kept();
    expect(confirmed).toEqual(await recount());
    expect(confirmed.length).toBeGreaterThan(0);
    await ds.query(`UPDATE responses SET status = 'rejected' WHERE id = $1`, [ids[0]]);
    expect(await kept()).toEqual(await recount());
    await ds.query(`UPDATE responses SET status = 'published' WHERE id = $1`, [ids[0]]);
    await ds.query(`UPDATE responses SET erased_at = now(), answers = '[]' WHERE id = $1`, [ids[1]]);
    expect(await kept()).toEqual(await recount());
    await ds.query(`DELETE FROM responses WHERE id = $1`, [ids[2]]);
    await ds.query(`UPDATE responses SET verified_at = now() WHERE id = ANY($1::uuid[])`, [ids.slice(10)]);
    expect(await kept()).toEqual(await recount());
    // Many rows in one statement (an erasure, a retention run): the counters move once per statement.
    await ds.query(`UPDATE responses SET erased_at = now(), answers = '[]' WHERE id = ANY($1::uuid[])`, [ids.slice(3, 6)]);
    await ds.query(`UPDATE responses SET answers = answers || '[]'::jsonb, support_count = support_count + 1 WHERE proposal_id = $1`, [proposalId]);
    expect(await kept()).toEqual(await recount());
    await ds.query(`DELETE FROM responses WHERE id = ANY($1::uuid[])`, [ids.slice(6, 9)]);
    expect(await kept()).toEqual(await recount());
  });
});
