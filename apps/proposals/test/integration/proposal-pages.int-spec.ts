import type { NestExpressApplication } from '@nestjs/platform-express';
import { signDevelopmentToken } from '@pb/auth';
import { FixedClock } from '@pb/kernel';
import { createTestApp, createTestDatabase, dropTestDatabase, testEnv, testLogger } from '@pb/testing';
import request from 'supertest';
import { ProposalsAppModule } from '../../src/app.module';
import { ProposalsEnv } from '../../src/config/proposals.env';
import { proposalsMigrations } from '../../src/migrations';
import { aProposalRequest } from '../factories/proposal-request.factory';

jest.setTimeout(120_000);

describe('the proposals list pages in SQL with a next link (real PostgreSQL)', () => {
  let app: NestExpressApplication;
  let db: { name: string; url: string };
  let coordinator: string;
  const http = () => request(app.getHttpServer());
  const day = (n: number) => new Date(Date.UTC(2027, 0, 1) + n * 86_400_000).toISOString();
  /** A draft opening on day `n` (several share a day: the creation time and the id break the tie). */
  const create = async (n: number): Promise<string> =>
    (await http().post('/api/proposals').set('Authorization', coordinator).send(aProposalRequest({ title: `Voorstel ${n}`, opensAt: day(n), closesAt: day(n + 40) })).expect(201)).body.id;

  const walk = async (first: string, between: () => Promise<void> = async () => undefined) => {
    const pages: { items: { id: string; opensAt: string }[]; next: string | null }[] = [];
    for (let url: string | null = first; url; ) {
      const page: { items: { id: string; opensAt: string }[]; next: string | null } = (await http().get(url).set('Authorization', coordinator).expect(200)).body;
      pages.push(page);
      url = page.next;
      await between();
    }
    return pages;
  };

  beforeAll(async () => {
    db = await createTestDatabase('proposals', proposalsMigrations);
    const env = testEnv(ProposalsEnv, { DATABASE_URL: db.url, SCHEDULER_ENABLED: false });
    app = await createTestApp(ProposalsAppModule.register({ env, logger: testLogger(), clock: new FixedClock(new Date('2026-11-20T10:00:00Z')) }));
    coordinator = `Bearer ${signDevelopmentToken({ secret: env.JWT_SECRET, issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE }, { sub: 'coordinator-1', roles: ['coordinator'] })}`;
    for (let i = 0; i < 23; i++) await create(i % 8); // 8 days, up to 3 proposals on one day
  });

  afterAll(async () => {
    await app?.close();
    await dropTestDatabase(db.name);
  });

  it('walks every proposal once, newest opening first, while proposals are created between pages', async () => {
    const all = (await http().get('/api/proposals?limit=100').set('Authorization', coordinator).expect(200)).body;
    expect(all.next).toBeNull();
    expect(all.items).toHaveLength(23);
    const original: string[] = all.items.map((p: { id: string }) => p.id);
    let n = 100;
    const pages = await walk('/api/proposals?status=draft&limit=4', async () => void (await create(n++ % 8)));
    expect(pages.length).toBeGreaterThan(6);
    const seen = pages.flatMap((p) => p.items.map((i) => i.id));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.filter((id) => original.includes(id))).toEqual(original);
    const opens = pages.flatMap((p) => p.items.map((i) => i.opensAt));
    expect([...opens].sort().reverse()).toEqual(opens);
    expect(pages[0].next).toMatch(/^\/api\/proposals\?status=draft&limit=4&cursor=[A-Za-z0-9_-]+$/);
  });

  it('gives 20 by default and refuses more than 100; drafts stay hidden from the public on every page', async () => {
    const first = (await http().get('/api/proposals').set('Authorization', coordinator).expect(200)).body;
    expect(first.items).toHaveLength(20);
    expect(first.next).toEqual(expect.any(String));
    const over = await http().get('/api/proposals?limit=101').expect(400);
    expect(over.body.errors).toEqual([{ field: 'limit', message: 'Vul 100 of minder in.' }]);
    // A coordinator's cursor reused anonymously still shows no draft.
    expect((await http().get(first.next).expect(200)).body).toEqual({ items: [], next: null });
  });
});
