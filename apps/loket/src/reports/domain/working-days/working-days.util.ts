import { dutchPublicHolidays } from './dutch-public-holidays.util';
import { addCalendarDays, asLocalDate, isoWeekday, LocalDate, parseLocalDate, toLocalDate } from './local-date.util';

/**
 * Deadline arithmetic in Dutch working days: every day except Saturday, Sunday and the
 * non-working days of art. 3 Algemene termijnenwet (see dutch-public-holidays.util.ts).
 * Everything works on Europe/Amsterdam calendar dates; instants are converted first.
 */

export interface DeadlinePause {
  from: Date;
  /** Exclusive end of the pause; absent while the pause is still running. */
  to?: Date;
}

// Holidays are asked for per day; caching the per-year set keeps long walks linear.
const nonWorkingDaysByYear = new Map<number, ReadonlySet<LocalDate>>();

function nonWorkingDays(year: number): ReadonlySet<LocalDate> {
  let days = nonWorkingDaysByYear.get(year);
  if (!days) {
    days = new Set(dutchPublicHolidays(year).map((holiday) => holiday.date));
    nonWorkingDaysByYear.set(year, days);
  }
  return days;
}

export function isWorkingDay(localDate: LocalDate): boolean {
  const { year } = parseLocalDate(localDate);
  return isoWeekday(localDate) <= 5 && !nonWorkingDays(year).has(localDate);
}

/**
 * The date `n` working days after the Amsterdam date of `start`. The day of receipt itself
 * never counts (as for statutory terms: "de dag van ontvangst telt niet mee"), so n = 5 from
 * a Friday is the next Friday when there are no holidays in between; n = 0 returns the day
 * of receipt.
 */
export function addWorkingDays(start: Date | LocalDate, n: number): LocalDate {
  return nthCountedDay(asLocalDate(start), n, () => true);
}

/**
 * Due date of a term of `n` working days that stands still while the report waits for the
 * reporter (a pause, "opschorting").
 *
 * Rule: walk the working days after the day of receipt; a working day counts towards the `n`
 * only when no pause touches it. A pause touches every Amsterdam calendar day that shares at
 * least one moment with it — closed pauses are half-open [from, to), open pauses run until
 * `now` inclusive. Hence every working day fully or partly inside a pause extends the
 * deadline by one working day, with these consequences:
 * - a pause from Friday 16:00 to Monday 10:00 costs two working days (Friday and Monday);
 *   one from Saturday 00:00 to Monday 00:00 costs none;
 * - overlapping pauses are not counted twice;
 * - the receipt day never counts anyway, so a pause on that day changes nothing for it;
 * - a pause that only touches days after the due date no longer moves it;
 * - an open pause keeps moving the deadline each working day until it is closed, so the
 *   result is provisional while it is open.
 * This favours the official slightly (a partly paused day is a lost day), which is the
 * reading that avoids deadlines that expire on a day the file could not be worked on.
 */
export function deadlineWithPauses(
  start: Date | LocalDate,
  n: number,
  pauses: readonly DeadlinePause[],
  now: Date,
): LocalDate {
  const pausedRanges = pauses
    .map((pause) => pausedDayRange(pause, now))
    .filter((range): range is PausedDayRange => range !== undefined);
  const isPaused = (day: LocalDate): boolean =>
    pausedRanges.some((range) => range.first <= day && day <= range.last);
  return nthCountedDay(asLocalDate(start), n, (day) => !isPaused(day));
}

/**
 * Working days after `a` up to and including `b` (both as Amsterdam dates), so that
 * workingDaysBetween(a, addWorkingDays(a, n)) === n. Negative when `b` lies before `a`.
 */
export function workingDaysBetween(a: Date | LocalDate, b: Date | LocalDate): number {
  const from = asLocalDate(a);
  const to = asLocalDate(b);
  if (to < from) {
    return -workingDaysBetween(to, from);
  }
  let count = 0;
  for (let day = addCalendarDays(from, 1); day <= to; day = addCalendarDays(day, 1)) {
    if (isWorkingDay(day)) {
      count++;
    }
  }
  return count;
}

/** A due date is met until the end of that Amsterdam day; overdue from the next day on. */
export function isOverdue(due: LocalDate, now: Date): boolean {
  parseLocalDate(due);
  return toLocalDate(now) > due;
}

interface PausedDayRange {
  first: LocalDate;
  last: LocalDate;
}

function pausedDayRange(pause: DeadlinePause, now: Date): PausedDayRange | undefined {
  const fromMs = pause.from.getTime();
  if (Number.isNaN(fromMs)) {
    throw new RangeError('Pause start is an invalid Date');
  }
  if (pause.to === undefined) {
    // An open pause that has not started yet touches nothing.
    return now.getTime() < fromMs ? undefined : { first: toLocalDate(pause.from), last: toLocalDate(now) };
  }
  const toMs = pause.to.getTime();
  if (Number.isNaN(toMs) || toMs < fromMs) {
    throw new RangeError('Pause end must be a valid Date not before its start');
  }
  if (toMs === fromMs) {
    return undefined;
  }
  // The end is exclusive: a pause ending exactly at midnight does not touch the next day.
  return { first: toLocalDate(pause.from), last: toLocalDate(new Date(toMs - 1)) };
}

function nthCountedDay(receipt: LocalDate, n: number, counts: (day: LocalDate) => boolean): LocalDate {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`Number of working days must be a non-negative integer, got ${n}`);
  }
  let day = receipt;
  for (let counted = 0; counted < n; ) {
    day = addCalendarDays(day, 1);
    if (isWorkingDay(day) && counts(day)) {
      counted++;
    }
  }
  return day;
}
