import { barrierReportCorpus, expectedDuplicateClusters } from '../fixtures/barrier-reports.nl';
import { LoketTestKit } from '../support/loket-test-kit';

/**
 * Duplicate suggestions on the realistic Dutch corpus, loaded through the API in corpus order:
 * a report is compared with the reports received before it (signatures stored per row).
 */
describe('possible duplicates on the Dutch corpus (real PostgreSQL and Kafka)', () => {
  const kit = new LoketTestKit();
  let auth: string;
  const referenceOf = new Map<string, string>();
  const keyOf = new Map<string, string>();

  beforeAll(async () => {
    await kit.start();
    auth = `Bearer ${kit.official()}`;
    for (const { key, body } of barrierReportCorpus) {
      const res = await kit.http.post('/api/loket/reports').send(body).expect(201);
      referenceOf.set(key, res.body.reference);
      keyOf.set(res.body.reference, key);
    }
  }, 120000);
  afterAll(() => kit.stop());

  const suggestions = async (key: string) => {
    const res = await kit.http.get(`/api/loket/reports/${referenceOf.get(key)}`).set('Authorization', auth).expect(200);
    return res.body.possibleDuplicates as { reference: string; title: string; status: string; score: number; reasons: string[] }[];
  };

  it('loads a corpus of at least 36 reports', () => {
    expect(referenceOf.size).toBeGreaterThanOrEqual(36);
  });

  const laterMembers = expectedDuplicateClusters.flatMap((cluster) => cluster.slice(1).map((key) => ({ key, earlier: cluster.slice(0, cluster.indexOf(key)), cluster })));

  it.each(laterMembers)('$key: suggests its earlier cluster members, best first', async ({ key, earlier }) => {
    const earlierIn = earlier.filter((k) => barrierReportCorpus.findIndex((r) => r.key === k) < barrierReportCorpus.findIndex((r) => r.key === key));
    const found = await suggestions(key);
    const foundKeys = found.map((s) => keyOf.get(s.reference));
    expect(foundKeys).toEqual(expect.arrayContaining(earlierIn));
    if (earlierIn.length) expect(earlierIn).toContain(foundKeys[0]);
    for (const s of found) {
      expect(s.score).toBeGreaterThan(0);
      expect(s.score).toBeLessThanOrEqual(1);
      expect(s.reasons.length).toBeGreaterThan(0);
    }
    expect([...found].sort((a, b) => b.score - a.score)).toEqual(found);
  });

  it('stays quiet for most reports outside the clusters', async () => {
    const clustered = new Set(expectedDuplicateClusters.flat());
    const singles = barrierReportCorpus.filter((r) => !clustered.has(r.key));
    let quiet = 0;
    for (const s of singles) if ((await suggestions(s.key)).length === 0) quiet++;
    expect(quiet / singles.length).toBeGreaterThanOrEqual(0.9);
  });

  it('lets the official link a suggestion; the linked report is no longer suggested itself', async () => {
    const [first, second, third] = expectedDuplicateClusters.find((c) => c.length >= 3)!;
    await kit.http.post(`/api/loket/reports/${referenceOf.get(second)}/duplicate-of`).set('Authorization', auth).send({ originalReference: referenceOf.get(first) }).expect(200);
    const after = (await suggestions(third)).map((s) => keyOf.get(s.reference));
    expect(after).toContain(first);
    expect(after).not.toContain(second);
    const original = await kit.http.get(`/api/loket/reports/${referenceOf.get(first)}`).set('Authorization', auth).expect(200);
    expect(original.body.duplicates).toEqual([{ reference: referenceOf.get(second), status: 'duplicate', inScope: true }]);
  });
});
