import { aReportRequest } from '../factories/report-request.factory';
import { LoketTestKit } from '../support/loket-test-kit';

/** The public register pages in SQL: keyset on (resolvedAt, reference), newest first. */
describe('the public register pages with a next link (real PostgreSQL)', () => {
  const kit = new LoketTestKit();
  let client = 0;

  /** Submits `n` reports (each from another address, so no per-address limit is in the way); returns their references. */
  const submit = async (n: number): Promise<string[]> => {
    const refs: string[] = [];
    for (let i = 0; i < n; i++) {
      const res = await kit.http.post('/api/loket/reports').set('X-Forwarded-For', `203.0.113.${(client++ % 250) + 1}`).send(aReportRequest()).expect(201);
      refs.push(res.body.reference);
    }
    return refs;
  };
  /** Resolves reports straight in the table at `at` (an SQL expression): many can share one microsecond. */
  const resolve = (refs: string[], at: string) =>
    kit.dataSource.query(`UPDATE barrier_reports SET status = 'resolved', outcome = 'guidance', explanation = 'Zie de handreiking.', resolved_at = ${at} WHERE reference = ANY($1)`, [refs]);

  beforeAll(async () => {
    await kit.start();
  });
  afterAll(() => kit.stop());

  it('walks every published resolution once, newest first, while reports are resolved between pages', async () => {
    const refs = await submit(30);
    await resolve(refs.slice(0, 12), `timestamptz '2026-06-01 12:00:00.000001+00'`); // one instant for 12: the reference breaks the tie
    for (const [i, ref] of refs.slice(12, 24).entries()) await resolve([ref], `timestamptz '2026-05-01 00:00:00+00' + ${i} * interval '1 hour'`);
    const spare = refs.slice(24);

    const all = (await kit.http.get('/api/loket/register?limit=100').expect(200)).body;
    expect(all).toMatchObject({ total: 24, next: null });
    const original: string[] = all.items.map((e: { reference: string }) => e.reference);

    const seen: string[] = [];
    let next: string | null = '/api/loket/register?limit=5';
    let pages = 0;
    while (next) {
      const page: { items: { reference: string }[]; next: string | null; total: number } = (await kit.http.get(next).expect(200)).body;
      seen.push(...page.items.map((e) => e.reference));
      next = page.next;
      pages++;
      // Meanwhile: one resolved just now (before the pages already read) and one back-dated (after them).
      const [now, old] = spare.splice(0, 2);
      if (now) await resolve([now], 'now()');
      if (old) await resolve([old], `timestamptz '2020-01-01 00:00:00+00'`);
    }
    expect(pages).toBeGreaterThan(4);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.filter((r) => original.includes(r))).toEqual(original);
    // Back-dated resolutions sort after everything read so far, so the walk reaches them.
    expect(seen.slice(original.length).length).toBeGreaterThan(0);
    for (const ref of seen.slice(original.length)) expect(refs.slice(24)).toContain(ref);
  });

  it('answers 400 problem+json for a limit over 100 and for the page numbers it no longer takes', async () => {
    const res = await kit.http.get('/api/loket/register?limit=1000').expect(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.errors).toEqual([{ field: 'limit', message: 'Vul 100 of minder in.' }]);
    await kit.http.get('/api/loket/register?pageSize=10').expect(400);
    expect((await kit.http.get('/api/loket/register').expect(200)).body.items).toHaveLength(20); // the default page; 30 are published
  });
});
