import { dutchPublicHolidays, FIRST_SUPPORTED_YEAR, isoWeekday, LocalDate } from '../working-days';

/**
 * The maths behind the department dashboard (issue 10 item 8). The dashboard's store computes these
 * in SQL over a year of reports; the definitions live here, framework-free, so they are unit-tested
 * once and the store's integration test checks that the SQL agrees with them.
 */

/**
 * The p-quantile with linear interpolation between closest ranks — PostgreSQL's percentile_cont:
 * position (n − 1)·p in the sorted values, interpolated between its neighbours. Null for no values.
 */
export function percentileCont(values: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`A percentile lies between 0 and 1, got ${p}`);
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * p;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}

/** The arithmetic mean; null for no values. */
export function mean(values: readonly number[]): number | null {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

/**
 * The Dutch non-working days (art. 3 Algemene termijnenwet) that fall on a weekday, from `fromYear`
 * through `toYear`: with "Saturday and Sunday" the SQL needs only these to count working days as
 * working-days.util does. Years before the calendar's first are left out (no report is that old).
 */
export function nonWorkingWeekdays(fromYear: number, toYear: number): LocalDate[] {
  const days: LocalDate[] = [];
  for (let year = Math.max(fromYear, FIRST_SUPPORTED_YEAR); year <= toYear; year++) {
    for (const holiday of dutchPublicHolidays(year)) if (isoWeekday(holiday.date) <= 5) days.push(holiday.date);
  }
  return [...new Set(days)].sort();
}
