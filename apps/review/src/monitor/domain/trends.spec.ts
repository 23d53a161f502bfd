import { fillMonths, fillYears, monthsUpTo } from './trends';

describe('monitor trends', () => {
  it('counts back 24 months over a year boundary, oldest first', () => {
    const months = monthsUpTo('2026-02');
    expect(months).toHaveLength(24);
    expect(months[0]).toBe('2024-03');
    expect(months.slice(-3)).toEqual(['2025-12', '2026-01', '2026-02']);
  });

  it('fills months and years without data with zeros', () => {
    const months = fillMonths('2026-02', new Map([['2026-01', 4]]), new Map([['2026-02', 1]]), new Map());
    expect(months.slice(-2)).toEqual([
      { month: '2026-01', reported: 4, resolved: 0, responses: 0 },
      { month: '2026-02', reported: 0, resolved: 1, responses: 0 },
    ]);
    expect(fillYears(2026, new Map([[2024, 2]]), new Map(), new Map([[2026, 5]]))).toEqual([
      { year: 2024, reported: 2, resolved: 0, responses: 0 },
      { year: 2025, reported: 0, resolved: 0, responses: 0 },
      { year: 2026, reported: 0, resolved: 0, responses: 5 },
    ]);
    expect(fillYears(2026, new Map(), new Map(), new Map())).toEqual([{ year: 2026, reported: 0, resolved: 0, responses: 0 }]);
  });
});
