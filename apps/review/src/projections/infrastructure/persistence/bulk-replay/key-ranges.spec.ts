import { keyRanges } from './key-ranges';

describe('keyRanges: key ranges of about equal size for work side by side', () => {
  const perKey = [
    { key: 'a', n: 10 },
    { key: 'b', n: 10 },
    { key: 'c', n: 10 },
    { key: 'd', n: 10 },
  ];

  it('cuts where half the count is reached, the outer ends open', () => {
    expect(keyRanges(perKey, 2)).toEqual([
      [null, 'c'],
      ['c', null],
    ]);
  });

  it('covers every key exactly once, whatever the number of parts', () => {
    for (const parts of [1, 2, 3, 4, 7]) {
      const ranges = keyRanges(perKey, parts);
      for (const { key } of perKey) {
        expect([parts, key, ranges.filter(([from, to]) => (from === null || key >= from) && (to === null || key < to)).length]).toEqual([parts, key, 1]);
      }
      expect(ranges.length).toBeLessThanOrEqual(parts);
    }
  });

  it('keeps a heavy key whole: a cut falls between keys, after the share is reached', () => {
    expect(keyRanges([{ key: 'a', n: 1 }, { key: 'b', n: 100 }, { key: 'c', n: 1 }], 2)).toEqual([
      [null, 'c'],
      ['c', null],
    ]);
  });

  it('is one open range for no keys or one part', () => {
    expect(keyRanges([], 2)).toEqual([[null, null]]);
    expect(keyRanges(perKey, 1)).toEqual([[null, null]]);
  });
});
