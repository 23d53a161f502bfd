import type { NestExpressApplication } from '@nestjs/platform-express';
import { signDevelopmentToken } from '@pb/auth';
import { createTestApp, createTestDatabase, dropTestDatabase, testEnv, testLogger } from '@pb/testing';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { CommentsAppModule } from '../../src/app.module';
import { CommentsEnv } from '../../src/config/comments.env';
import { commentsMigrations } from '../../src/migrations';

jest.setTimeout(120_000);

/** Pages of a proposal's responses and of the moderation queue, on real PostgreSQL. */
describe('response lists page in SQL with a next link (real PostgreSQL)', () => {
  let app: NestExpressApplication;
  let db: { name: string; url: string };
  let ds: DataSource;
  let moderator: string;
  const http = () => request(app.getHttpServer());

  const proposal = async () => {
    const id = randomUUID();
    await ds.query(
      `INSERT INTO proposal_projection (proposal_id, title, theme, moderation, questions, opens_at, closes_at, status)
       VALUES ($1, 'Voorstel', '1.1', 'post', '[]', now() - interval '1 day', now() + interval '1 day', 'open')`,
      [id],
    );
    return id;
  };

  /** Responses straight into the table; `at` is an SQL expression so several can share one millisecond. */
  const insert = async (proposalId: string, n: number, opts: { status?: string; at?: string; parentId?: string; isPublic?: boolean } = {}): Promise<string[]> => {
    const ids = Array.from({ length: n }, () => randomUUID());
    await ds.query(
      `INSERT INTO responses (id, proposal_id, parent_id, body, answers, author_name, author_email, email_normalised, respondent_id, is_public, status, submitted_at, published_at, version)
       SELECT id, $2, $3, 'Reactie', '[]', 'Naam', 'x@example.org', 'x-' || id || '@example.org', 'r-' || id, $5, $4, ${opts.at ?? 'clock_timestamp()'}, ${opts.at ?? 'clock_timestamp()'}, 1
         FROM unnest($1::uuid[]) AS id`,
      [ids, proposalId, opts.parentId ?? null, opts.status ?? 'published', opts.isPublic ?? true],
    );
    return ids;
  };

  /** Follows `next` to the end; `between` runs after each page (rows come and go meanwhile). */
  const walk = async (first: string, auth?: string, between: () => Promise<void> = async () => undefined) => {
    const pages: { items: { id: string; replies?: { id: string }[] }[]; next: string | null }[] = [];
    for (let url: string | null = first; url; ) {
      const req = http().get(url);
      const page = (await (auth ? req.set('Authorization', auth) : req).expect(200)).body;
      pages.push(page);
      url = page.next;
      await between();
    }
    return pages;
  };

  beforeAll(async () => {
    db = await createTestDatabase('comments', commentsMigrations);
    const env = testEnv(CommentsEnv, { DATABASE_URL: db.url });
    app = await createTestApp(CommentsAppModule.register({ env, logger: testLogger() }));
    ds = app.get(DataSource);
    moderator = `Bearer ${signDevelopmentToken({ secret: env.JWT_SECRET, issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE }, { sub: 'moderator-1', roles: ['moderator'] })}`;
  });

  afterAll(async () => {
    await app?.close();
    await dropTestDatabase(db.name);
  });

  it('gives 20 by default, at most 100, and refuses more or a foreign cursor with a 400 naming the field', async () => {
    const id = await proposal();
    await insert(id, 130);
    const first = (await http().get(`/api/proposals/${id}/comments`).expect(200)).body;
    expect(first.items).toHaveLength(20);
    expect(first.total).toBe(130);
    expect(first.next).toMatch(new RegExp(`^/api/proposals/${id}/comments\\?cursor=[A-Za-z0-9_-]+$`));
    expect((await http().get(`/api/proposals/${id}/comments?limit=100`).expect(200)).body.items).toHaveLength(100);
    const over = await http().get(`/api/proposals/${id}/comments?limit=101`).expect(400);
    expect(over.headers['content-type']).toContain('application/problem+json');
    expect(over.body.errors).toEqual([{ field: 'limit', message: 'Vul 100 of minder in.' }]);
    const foreign = Buffer.from(JSON.stringify(['x', "1' OR 1=1"])).toString('base64url');
    const bad = await http().get(`/api/proposals/${id}/comments?cursor=${foreign}`).set('Accept-Language', 'en').expect(400);
    expect(bad.body.errors).toEqual([{ field: 'cursor', message: 'This cursor is not valid: use the next link of the previous page.' }]);
    const last = (await walk(`/api/proposals/${id}/comments?limit=100`)).at(-1)!;
    expect(last).toMatchObject({ next: null });
    expect(last.items).toHaveLength(30);
  });

  it('walks every response once, in order, while responses are published between pages — also many in one millisecond', async () => {
    const id = await proposal();
    // 25 share one timestamp to the microsecond: only the (publishedAt, id) key tells them apart.
    const tied = await insert(id, 25, { at: `timestamptz '2026-01-02 10:00:00.123456+00'` });
    const before = await insert(id, 30);
    const [parent] = before;
    const replies = await insert(id, 3, { parentId: parent });
    const original = (await ds.query(`SELECT id FROM responses WHERE proposal_id = $1 AND parent_id IS NULL ORDER BY published_at, id`, [id])).map((r: { id: string }) => r.id);
    expect(original.slice(0, 25).sort()).toEqual([...tied].sort());
    const added: string[] = [];
    const pages = await walk(`/api/proposals/${id}/comments?limit=7`, undefined, async () => void added.push(...(await insert(id, 2))));
    const seen = pages.flatMap((p) => p.items.map((i) => i.id));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.slice(0, original.length)).toEqual(original);
    // What was published while walking comes after the original ones: all of it, except the two
    // published after the last page was read.
    expect([...seen.slice(original.length)].sort()).toEqual(added.slice(0, -2).sort());
    expect(pages.flatMap((p) => p.items).find((i) => i.id === parent)!.replies!.map((r) => r.id).sort()).toEqual([...replies].sort());
    expect(seen).not.toEqual(expect.arrayContaining(replies.slice(0, 1)));
  });

  it('with ids, gives only the public published responses among them, paged the same way — never a non-public, pending or foreign one', async () => {
    const id = await proposal();
    const other = await proposal();
    const wanted = await insert(id, 5);
    const [notPublic] = await insert(id, 1, { isPublic: false });
    const [pending] = await insert(id, 1, { status: 'pending-moderation' });
    const [elsewhere] = await insert(other, 1);
    const [reply] = await insert(id, 1, { parentId: wanted[0] });
    const [hiddenReply] = await insert(id, 1, { parentId: wanted[0], isPublic: false });
    await insert(id, 4); // public, but not asked for
    const asked = [...wanted, notPublic, pending, elsewhere, reply, randomUUID()];
    const ids = asked.map((a) => `ids=${a}`).join('&');
    const pages = await walk(`/api/proposals/${id}/comments?${ids}&limit=2`);
    expect(pages).toHaveLength(3);
    const items = pages.flatMap((p) => p.items);
    expect(items.map((i) => i.id).sort()).toEqual([...wanted].sort());
    // A reply travels with its response (and only a public one); its own id finds nothing of its own.
    expect(items.find((i) => i.id === wanted[0])!.replies!.map((r) => r.id)).toEqual([reply]);
    expect(JSON.stringify(pages)).not.toContain(hiddenReply);
    // The next link keeps the filter.
    expect(pages[0].next).toContain(`ids=${wanted[0]}`);
    const first = (await http().get(`/api/proposals/${id}/comments?${ids}`).expect(200)).body;
    expect(first.total).toBe(6);
    // One id, not repeated, is a list of one.
    const one = (await http().get(`/api/proposals/${id}/comments?ids=${notPublic}`).expect(200)).body;
    expect(one).toMatchObject({ total: 0, items: [], next: null });
    expect((await http().get(`/api/proposals/${id}/comments?ids=${wanted[2]}`).expect(200)).body.items.map((i: { id: string }) => i.id)).toEqual([wanted[2]]);
  });

  it('refuses a bad id or more than 100 ids with a 400 naming the field, in Dutch and English', async () => {
    const id = await proposal();
    const bad = await http().get(`/api/proposals/${id}/comments?ids=${randomUUID()}&ids=12345`).expect(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.body.errors).toEqual([{ field: 'ids', message: 'Dit is geen geldige id.' }]);
    const badEn = await http().get(`/api/proposals/${id}/comments?ids=nope`).set('Accept-Language', 'en').expect(400);
    expect(badEn.body.errors).toEqual([{ field: 'ids', message: 'This is not a valid id.' }]);
    const many = Array.from({ length: 101 }, () => `ids=${randomUUID()}`).join('&');
    const over = await http().get(`/api/proposals/${id}/comments?${many}`).expect(400);
    expect(over.body.errors).toEqual([{ field: 'ids', message: 'Geef hoogstens 100 items.' }]);
    const overEn = await http().get(`/api/proposals/${id}/comments?${many}`).set('Accept-Language', 'en').expect(400);
    expect(overEn.body.errors).toEqual([{ field: 'ids', message: 'Give at most 100 items.' }]);
    const hundred = Array.from({ length: 100 }, () => `ids=${randomUUID()}`).join('&');
    expect((await http().get(`/api/proposals/${id}/comments?${hundred}`).expect(200)).body).toMatchObject({ total: 0, items: [] });
  });

  it('pages the moderation queue oldest first; responses decided between pages leave no gap', async () => {
    const id = await proposal();
    const pending = await insert(id, 23, { status: 'pending-moderation' });
    const decided: string[] = [];
    const pages = await walk(`/api/moderation/queue?proposalId=${id}&limit=5`, moderator, async () => {
      // A moderator publishes the oldest response still waiting: rows vanish from pages already read.
      const [row] = await ds.query(`UPDATE responses SET status = 'published' WHERE id = (SELECT id FROM responses WHERE proposal_id = $1 AND status = 'pending-moderation' ORDER BY submitted_at, id LIMIT 1) RETURNING id`, [id]);
      if (row?.[0]) decided.push(row[0].id);
    });
    const seen = pages.flatMap((p) => p.items.map((i) => i.id));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(pending.filter((p) => seen.includes(p)));
    // Everything not yet decided when its page came was shown; none skipped.
    expect([...seen, ...decided.filter((d) => !seen.includes(d))].sort()).toEqual([...pending].sort());
    await http().get('/api/moderation/queue?limit=500').set('Authorization', moderator).expect(400);
    await http().get('/api/moderation/queue').expect(401);
  });
});
