/**
 * Calendar dates in the Europe/Amsterdam zone, represented as ISO strings ('YYYY-MM-DD').
 *
 * Deadlines are a matter of Dutch calendar days, not of instants: a report received at
 * 23:30 on a Sunday in Amsterdam is received on that Sunday, even though it is Sunday 21:30
 * or 22:30 UTC. So every instant is first mapped to its Amsterdam date and all further
 * arithmetic happens on plain dates, which makes daylight-saving changes irrelevant.
 * Date arithmetic uses the UTC methods of `Date` only, because a UTC calendar has no
 * DST gaps and therefore adds exactly one calendar day per 86 400 000 ms.
 */

/** An Amsterdam calendar date, 'YYYY-MM-DD'. */
export type LocalDate = string;

const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

// One shared formatter: constructing Intl formatters is comparatively expensive.
const AMSTERDAM_DATE_FORMAT = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export interface LocalDateParts {
  year: number;
  month: number;
  day: number;
}

/** The Amsterdam calendar date of an instant. */
export function toLocalDate(instant: Date): LocalDate {
  if (Number.isNaN(instant.getTime())) {
    throw new RangeError('Invalid Date');
  }
  // formatToParts rather than parsing a formatted string: the part order of a locale is not
  // something to depend on.
  const parts = AMSTERDAM_DATE_FORMAT.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): string => {
    const found = parts.find((p) => p.type === type);
    if (!found) {
      throw new Error(`Intl.DateTimeFormat returned no ${type} part`);
    }
    return found.value;
  };
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/** Accepts either an instant (mapped to Amsterdam) or an already local date string. */
export function asLocalDate(day: Date | LocalDate): LocalDate {
  if (day instanceof Date) {
    return toLocalDate(day);
  }
  parseLocalDate(day);
  return day;
}

export function parseLocalDate(date: LocalDate): LocalDateParts {
  const match = LOCAL_DATE_PATTERN.exec(date);
  if (!match) {
    throw new RangeError(`Not a YYYY-MM-DD date: '${date}'`);
  }
  const parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  // Round-trip through Date.UTC to reject dates such as 2026-02-30.
  if (formatUtcDate(new Date(Date.UTC(parts.year, parts.month - 1, parts.day))) !== date) {
    throw new RangeError(`Not an existing calendar date: '${date}'`);
  }
  return parts;
}

export function localDateOf(year: number, month: number, day: number): LocalDate {
  return formatUtcDate(new Date(Date.UTC(year, month - 1, day)));
}

export function addCalendarDays(date: LocalDate, days: number): LocalDate {
  const { year, month, day } = parseLocalDate(date);
  return formatUtcDate(new Date(Date.UTC(year, month - 1, day) + days * MS_PER_DAY));
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: LocalDate): number {
  const { year, month, day } = parseLocalDate(date);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

function formatUtcDate(date: Date): LocalDate {
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}
