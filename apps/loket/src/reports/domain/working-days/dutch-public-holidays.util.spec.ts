import { dutchPublicHolidays } from './dutch-public-holidays.util';
import { isoWeekday } from './local-date.util';
import { addWorkingDays, isWorkingDay } from './working-days.util';

describe('dutchPublicHolidays', () => {
  it('lists the Atw art. 3 days of 2026, including Goede Vrijdag and the equated days', () => {
    expect(dutchPublicHolidays(2026)).toEqual([
      { date: '2026-01-01', name: 'Nieuwjaarsdag', basis: 'atw-art-3-lid-1' },
      { date: '2026-01-02', name: 'Vrijdag na Nieuwjaarsdag', basis: 'atw-art-3-lid-3' },
      { date: '2026-04-03', name: 'Goede Vrijdag', basis: 'atw-art-3-lid-2' },
      { date: '2026-04-05', name: 'Eerste Paasdag', basis: 'sunday' },
      { date: '2026-04-06', name: 'Tweede Paasdag', basis: 'atw-art-3-lid-1' },
      { date: '2026-04-27', name: 'Koningsdag', basis: 'atw-art-3-lid-1' },
      { date: '2026-05-05', name: 'Bevrijdingsdag', basis: 'atw-art-3-lid-1' },
      { date: '2026-05-14', name: 'Hemelvaartsdag', basis: 'atw-art-3-lid-1' },
      { date: '2026-05-15', name: 'Vrijdag na Hemelvaartsdag', basis: 'atw-art-3-lid-3' },
      { date: '2026-05-24', name: 'Eerste Pinksterdag', basis: 'sunday' },
      { date: '2026-05-25', name: 'Tweede Pinksterdag', basis: 'atw-art-3-lid-1' },
      { date: '2026-12-25', name: 'Eerste Kerstdag', basis: 'atw-art-3-lid-1' },
      { date: '2026-12-26', name: 'Tweede Kerstdag', basis: 'atw-art-3-lid-1' },
    ]);
  });

  it('treats Goede Vrijdag as a non-working day (art. 3 lid 2 Atw) and 5 May in non-lustrum years', () => {
    expect(isWorkingDay('2026-04-03')).toBe(false);
    expect(isWorkingDay('2026-05-05')).toBe(false); // Tuesday, 2026 is not a lustrum year
  });

  it('keeps both names when Bevrijdingsdag and Hemelvaartsdag coincide (2016)', () => {
    const fifthOfMay = dutchPublicHolidays(2016).filter((h) => h.date === '2016-05-05');
    expect(fifthOfMay.map((h) => h.name)).toEqual(['Bevrijdingsdag', 'Hemelvaartsdag']);
  });

  describe('Koningsdag', () => {
    it('is 27 April when that is a weekday, and then it matters (Monday 27 April 2026)', () => {
      expect(dutchPublicHolidays(2026).find((h) => h.name === 'Koningsdag')?.date).toBe('2026-04-27');
      expect(isWorkingDay('2026-04-27')).toBe(false);
      expect(addWorkingDays('2026-04-24', 1)).toBe('2026-04-28');
    });

    it('moves to Saturday 26 April when the 27th is a Sunday (2025), and then it does not matter', () => {
      expect(isoWeekday('2025-04-27')).toBe(7);
      expect(dutchPublicHolidays(2025).find((h) => h.name === 'Koningsdag')?.date).toBe('2025-04-26');
      // Friday 25 April → Monday 28 April is the next working day, exactly as in a week without Koningsdag.
      expect(addWorkingDays('2025-04-25', 1)).toBe('2025-04-28');
      expect(['2025-04-25', '2025-04-28', '2025-04-29', '2025-04-30'].every(isWorkingDay)).toBe(true);
    });

    it('never changes a working-day count when moved: the 26th is then always a Saturday', () => {
      const movedYears: number[] = [];
      for (let year = 2014; year <= 2400; year++) {
        const koningsdag = dutchPublicHolidays(year).find((h) => h.name === 'Koningsdag');
        if (koningsdag?.date === `${year}-04-26`) {
          movedYears.push(year);
          expect(isoWeekday(koningsdag.date)).toBe(6);
        }
      }
      expect(movedYears.slice(0, 4)).toEqual([2014, 2025, 2031, 2036]);
    });
  });

  it('is only defined from 2014, the first Koningsdag', () => {
    expect(() => dutchPublicHolidays(2013)).toThrow(RangeError);
  });
});
