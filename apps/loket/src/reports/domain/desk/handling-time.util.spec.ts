import { isWorkingDay, workingDaysBetween } from '../working-days';
import { mean, nonWorkingWeekdays, percentileCont } from './handling-time.util';

describe('dashboard maths', () => {
  describe('percentileCont (as PostgreSQL percentile_cont)', () => {
    it('interpolates between the closest ranks', () => {
      // position (4 − 1) · 0.9 = 2.7: 30 + 0.7 · (40 − 30)
      expect(percentileCont([10, 40, 20, 30], 0.9)).toBeCloseTo(37);
      expect(percentileCont([10, 40, 20, 30], 0.5)).toBe(25);
    });

    it('gives the extremes at 0 and 1, the one value for one value, and null for none', () => {
      expect(percentileCont([3, 1, 2], 0)).toBe(1);
      expect(percentileCont([3, 1, 2], 1)).toBe(3);
      expect(percentileCont([7], 0.9)).toBe(7);
      expect(percentileCont([], 0.9)).toBeNull();
    });

    it('refuses a fraction outside 0..1', () => {
      expect(() => percentileCont([1], 90)).toThrow(RangeError);
      expect(() => percentileCont([1], Number.NaN)).toThrow(RangeError);
    });

    it('p90 of 1..10 is 9.1', () => {
      expect(percentileCont([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(9.1);
    });
  });

  it('mean: average, null for none', () => {
    expect(mean([1, 2, 6])).toBe(3);
    expect(mean([])).toBeNull();
  });

  describe('nonWorkingWeekdays', () => {
    it('lists the holidays that fall on a weekday, sorted, without weekends', () => {
      const days = nonWorkingWeekdays(2025, 2025);
      // 2025: New Year (Wed), Good Friday is not a non-working day under the Atw, Easter Monday 21 Apr,
      // King's Day 26 Apr is a Saturday (left out), Ascension 29 May, Whit Monday 9 Jun, Christmas 25/26 Dec.
      expect(days).toEqual(expect.arrayContaining(['2025-01-01', '2025-04-21', '2025-05-29', '2025-06-09', '2025-12-25', '2025-12-26']));
      expect(days).not.toContain('2025-04-26');
      expect([...days].sort()).toEqual(days);
      for (const d of days) expect(isWorkingDay(d)).toBe(false);
    });

    it('skips years before the calendar knows them', () => {
      expect(nonWorkingWeekdays(1990, 2013)).toEqual([]);
      expect(nonWorkingWeekdays(1990, 2014).length).toBeGreaterThan(0);
    });

    it('with weekends, counts working days exactly as working-days.util does (the rule the SQL uses)', () => {
      const holidays = new Set(nonWorkingWeekdays(2024, 2026));
      const sqlRule = (from: string, to: string): number => {
        let n = 0;
        for (let d = new Date(`${from}T12:00:00Z`); ; ) {
          d = new Date(d.getTime() + 86_400_000);
          const day = d.toISOString().slice(0, 10);
          if (day > to) break;
          const dow = d.getUTCDay();
          if (dow !== 0 && dow !== 6 && !holidays.has(day)) n++;
        }
        return n;
      };
      for (const [from, to] of [['2024-12-20', '2025-01-10'], ['2025-04-14', '2025-06-10'], ['2025-12-19', '2026-01-05'], ['2025-03-03', '2025-03-03']]) {
        expect([from, to, sqlRule(from, to)]).toEqual([from, to, workingDaysBetween(from, to)]);
      }
    });
  });
});
