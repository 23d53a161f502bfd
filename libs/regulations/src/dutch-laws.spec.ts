import { DUTCH_LAWS, dutchLaw } from './dutch-laws';
import { normaliseName } from './regulation-matcher';

describe('DUTCH_LAWS (the regulation index)', () => {
  it('holds at least 30 laws, each with a well-formed BWB id of its own', () => {
    expect(DUTCH_LAWS.length).toBeGreaterThanOrEqual(30);
    expect(DUTCH_LAWS.filter((l) => !/^BWBR\d{7}$/.test(l.bwbId)).map((l) => l.bwbId)).toEqual([]);
    const ids = DUTCH_LAWS.map((l) => l.bwbId);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('gives no name or abbreviation to two laws', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const law of DUTCH_LAWS) {
      for (const n of [law.title, ...law.names, ...law.abbreviations].map(normaliseName)) {
        if (owner.has(n) && owner.get(n) !== law.bwbId) clashes.push(`${n}: ${owner.get(n)} and ${law.bwbId}`);
        owner.set(n, law.bwbId);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('finds a law by its BWB id', () => {
    expect(dutchLaw('BWBR0024282')?.title).toBe('Wet ter voorkoming van witwassen en financieren van terrorisme');
    expect(dutchLaw('BWBR0000000')).toBeUndefined();
  });
});
