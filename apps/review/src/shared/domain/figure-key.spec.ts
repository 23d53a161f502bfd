import { dutchYear, parseKey } from './figure-key';

describe('figure keys', () => {
  it('reads a key back into its parts, a dimension with "|" in it kept whole', () => {
    expect(parseKey('reports|2026|1.3@2018|sector:zorg|x')).toEqual({ metric: 'reports', year: 2026, theme: '1.3@2018', dimension: 'sector:zorg|x' });
  });

  it('gives the Dutch calendar year of an instant: the last hours of 31 December UTC already count for the new year', () => {
    expect(dutchYear('2025-12-31T22:59:59.999Z')).toBe(2025); // 23:59:59 in Amsterdam (winter time, UTC+1)
    expect(dutchYear('2025-12-31T23:00:00.000Z')).toBe(2026); // midnight in Amsterdam
    expect(dutchYear('2026-01-01T00:30:00+01:00')).toBe(2026);
    expect(dutchYear('2026-06-30T22:30:00Z')).toBe(2026);
    expect(dutchYear('2026-12-31T12:00:00Z')).toBe(2026);
    expect(dutchYear('2026-12-31T23:30:00+00:00')).toBe(2027);
  });

  it('agrees with the time-zone database every 61 minutes over two years (so every minute of the hour comes round)', () => {
    const format = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric' });
    for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2027, 0, 1); t += 3_600_000 + 60_000) {
      const iso = new Date(t).toISOString();
      expect([iso, dutchYear(iso)]).toEqual([iso, Number(format.format(new Date(t)))]);
    }
  });
});
