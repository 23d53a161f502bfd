import { batches, isEvery, mix, proposalOfResponse, reportFate, volumesAt } from './plan';

describe('the seed plan', () => {
  it('is the national load of issue 14 at scale 1, and a thousandth of it at 0.001', () => {
    expect(volumesAt(1)).toEqual({ reports: 1_200_000, proposals: 5_000, responses: 5_000_000, bigProposalResponses: 1_000_000, supports: 500_000, flags: 50_000 });
    expect(volumesAt(0.001)).toEqual({ reports: 1_200, proposals: 5, responses: 5_000, bigProposalResponses: 1_000, supports: 500, flags: 50 });
  });

  it('refuses a scale that is not a positive number', () => {
    expect(() => volumesAt(0)).toThrow(/--scale/);
    expect(() => volumesAt(Number.NaN)).toThrow(/--scale/);
  });

  it('cuts every phase into batches that cover each item once, proposals first', () => {
    const plan = batches(volumesAt(0.001), 500);
    expect(plan.map((b) => `${b.phase}:${b.index}:${b.from}-${b.to}`).slice(0, 4)).toEqual(['proposals:0:0-5', 'reports:0:0-500', 'reports:1:500-1000', 'reports:2:1000-1200']);
    expect(plan.filter((b) => b.phase === 'responses').reduce((n, b) => n + b.to - b.from, 0)).toBe(5_000);
  });

  it('sends the first million responses to proposal 0 and spreads the rest over the others', () => {
    const v = volumesAt(0.001);
    const per = new Map<number, number>();
    for (let n = 0; n < v.responses; n++) per.set(proposalOfResponse(n, v), (per.get(proposalOfResponse(n, v)) ?? 0) + 1);
    expect([...per.entries()].sort((a, b) => a[0] - b[0])).toEqual([[0, 1000], [1, 1000], [2, 1000], [3, 1000], [4, 1000]]);
  });

  it('picks exactly `count` of `total` items for supports and flags', () => {
    let picked = 0;
    for (let n = 0; n < 5_000; n++) if (isEvery(n, 50, 5_000)) picked++;
    expect(picked).toBe(50);
    expect(isEvery(3, 0, 10)).toBe(false);
  });

  it('gives reports the shares of a desk, and never makes the first of a batch a duplicate', () => {
    const fates = new Map<string, number>();
    for (let n = 0; n < 10_000; n++) fates.set(reportFate(n, 0), (fates.get(reportFate(n, 0)) ?? 0) + 1);
    expect(fates.get('duplicate')! / 10_000).toBeCloseTo(0.05, 1);
    expect(fates.get('resolved')! / 10_000).toBeCloseTo(0.35, 1);
    const firstOfBatch = Array.from({ length: 1000 }, (_, i) => i * 500).filter((start) => reportFate(start, start) === 'duplicate');
    expect(firstOfBatch).toEqual([]);
  });

  it('mixes integers deterministically into the full unsigned range', () => {
    expect(mix(42)).toBe(mix(42));
    expect(new Set(Array.from({ length: 1000 }, (_, i) => mix(i) % 100)).size).toBe(100);
  });
});
