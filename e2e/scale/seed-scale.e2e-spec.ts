import { parse } from 'csv-parse/sync';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { TEST_PG } from '../../libs/testing/src/test-database';
import { SeedSummary, seedScale } from '../../scripts/seed-scale/seed-scale';
import { api, until } from '../support/api';
import { baseUrl } from '../support/browser';
import { MAILDEV_URL } from '../support/maildev';

/**
 * `npm run seed:scale` scaled down a thousandfold (1 200 reports, 5 proposals, 5 000 responses of
 * which 1 000 to one consultation, supports and flags) into the e2e platform, then correctness
 * only — never a time: every public list answers 200 with the seeded data, its pagination reaches
 * the last record, and the open-data exports hold as many rows as the owning services' databases.
 */
const database = (svc: string) => `pb_e2e_test_${process.env.E2E_DATABASE_TAG ?? ''}${svc}`;

async function count(svc: string, sql: string, params: unknown[] = []): Promise<number> {
  const client = new Client({ ...TEST_PG, database: database(svc) });
  await client.connect();
  try {
    return Number((await client.query(sql, params)).rows[0].n);
  } finally {
    await client.end();
  }
}

/** Follows an API list's `next` links from `path` to the end; every page must answer 200. */
async function walkApi<T>(path: string): Promise<{ items: T[]; pages: number; total?: number }> {
  const items: T[] = [];
  let pages = 0;
  let total: number | undefined;
  for (let next: string | null = path; next; ) {
    const page: { status: number; data: { items: T[]; next: string | null; total?: number } } = await api('GET', next.replace(/^https?:\/\/[^/]+/, ''));
    expect(page.status).toBe(200);
    items.push(...page.data.items);
    total ??= page.data.total;
    pages++;
    next = page.data.next;
  }
  return { items, pages, total };
}

/** Follows a portal page's rel="next" links to the last page; every page must answer 200. Gives every page's HTML. */
async function walkPages(path: string): Promise<string[]> {
  const pages: string[] = [];
  for (let next: string | undefined = path; next; ) {
    const res = await fetch(`${baseUrl()}${next}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    pages.push(html);
    next = /<a [^>]*rel="next" href="([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&');
    if (pages.length > 500) throw new Error(`${path}: more than 500 pages, the pager loops`);
  }
  return pages;
}

const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

describe('the national-scale seed at --scale 0.001 (correctness, never a time)', () => {
  let seeded: SeedSummary;

  beforeAll(async () => {
    seeded = await seedScale({
      scale: 0.001,
      concurrency: 8,
      batchSize: 500,
      statePath: join(mkdtempSync(join(tmpdir(), 'pb-seed-')), 'state.json'),
      baseUrl: baseUrl(),
      maildevUrl: MAILDEV_URL,
      mailTimeoutMs: 60_000,
      quiet: true,
    });
  }, 1_800_000);

  it('made what the scale asks for, through the services: every report, proposal and confirmed response', async () => {
    expect(seeded.volumes).toEqual({ reports: 1200, proposals: 5, responses: 5000, bigProposalResponses: 1000, supports: 500, flags: 50 });
    expect(seeded.unconfirmed).toBe(0);
    expect(await count('loket', `SELECT count(*) AS n FROM barrier_reports r JOIN reporters p ON p.id = r.reporter_id WHERE p.email LIKE $1`, [`%@${seeded.domain}`])).toBe(1200);
    expect(await count('proposals', `SELECT count(*) AS n FROM proposals WHERE id = ANY($1::uuid[]) AND status = 'open'`, [seeded.proposalIds])).toBe(5);
    expect(await count('comments', `SELECT count(*) AS n FROM responses WHERE proposal_id = ANY($1::uuid[]) AND status = 'published'`, [seeded.proposalIds])).toBe(5000);
  });

  it('lists every public response of the million-response consultation (here 1 000), page by page to the last, in the API and on the portal', async () => {
    const big = seeded.proposalIds[0];
    const inDatabase = await count('comments', `SELECT count(*) AS n FROM responses WHERE proposal_id = $1 AND parent_id IS NULL AND status = 'published' AND is_public`, [big]);
    expect(inDatabase).toBeGreaterThan(700); // 8 in 10 are public
    const listed = await walkApi<{ id: string; body: string }>(`/api/proposals/${big}/comments`);
    expect(listed.total).toBe(inDatabase);
    expect(listed.items).toHaveLength(inDatabase);
    expect(new Set(listed.items.map((r) => r.id)).size).toBe(inDatabase);
    expect(listed.pages).toBeGreaterThan(1);
    const pages = await walkPages(`/consultaties/${big}`);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]).toContain(escaped(listed.items[0].body));
    expect(pages.at(-1)).toContain(escaped(listed.items.at(-1)!.body));
  });

  it('lists every seeded consultation on the open consultations pages', async () => {
    const listed = await walkApi<{ id: string }>('/api/proposals?status=open');
    for (const id of seeded.proposalIds) expect(listed.items.map((p) => p.id)).toContain(id);
    const html = (await walkPages('/consultaties?status=open')).join('\n');
    for (const id of seeded.proposalIds) expect(html).toContain(`/consultaties/${id}`);
  });

  it('walks the public register of resolved barriers to its last entry, in the API and on the portal', async () => {
    const listed = await walkApi<{ reference: string }>('/api/loket/register');
    expect(listed.items.length).toBe(listed.total);
    expect(listed.items.length).toBeGreaterThan(100); // about 3 in 10 of the 40 % resolved consented to publication
    expect(new Set(listed.items.map((e) => e.reference)).size).toBe(listed.items.length);
    const pages = await walkPages('/register');
    expect(pages.at(-1)).toContain(listed.items.at(-1)!.reference);
  });

  it('exports as many open-data rows as the owning services hold records', async () => {
    const rows = async (file: string) => {
      const res = await fetch(`${baseUrl()}/api/review/open-data/${file}`);
      expect(res.status).toBe(200);
      return parse(await res.text(), { columns: true }) as Record<string, string>[];
    };
    // The review learns of every report from Kafka: it catches up, then the counts must be equal.
    // The parts of a split report are not reports of their own (they send no BarrierReported): the
    // review counts the original once.
    const reports = await count('loket', `SELECT count(*) AS n FROM barrier_reports WHERE parent_report_id IS NULL`);
    const exported = await until('the review to hold every report', async () => {
      const r = await rows('barrier-reports.csv');
      return r.length === reports ? r : undefined;
    }, 120_000, 2000);
    expect(exported).toHaveLength(reports);
    const published = await count('proposals', `SELECT count(*) AS n FROM proposals WHERE status <> 'draft'`);
    const consultations = await until('the review to hold every consultation and response', async () => {
      const r = await rows('consultations.csv');
      const big = r.find((c) => c.proposal_id === seeded.proposalIds[0]);
      return r.length === published && big && Number(big.responses) === 1000 ? r : undefined;
    }, 120_000, 2000);
    expect(consultations).toHaveLength(published);
    const verified = await count('comments', `SELECT count(*) AS n FROM responses WHERE proposal_id = $1 AND status = 'published'`, [seeded.proposalIds[0]]);
    expect(Number(consultations.find((c) => c.proposal_id === seeded.proposalIds[0])!.responses)).toBe(verified);
  });
});
