/** How many months the monthly trend shows, ending with the current month. */
export const TREND_MONTHS = 24;

export interface MonthPoint {
  /** `2026-03`, a month of the Dutch calendar. */
  month: string;
  reported: number;
  resolved: number;
  responses: number;
}

export interface YearPoint {
  year: number;
  reported: number;
  resolved: number;
  responses: number;
}

export interface MonitorTrends {
  months: MonthPoint[];
  years: YearPoint[];
  /** Reports per theme (as triaged) per year; a theme without reports in a year is left out. */
  themes: { theme: string; year: number; reported: number }[];
  /** Resolutions per outcome per year (the year it was resolved). */
  outcomes: { outcome: string; year: number; resolved: number }[];
  /** The most-cited regulations by BWB id, all years, most reports first (at most 10). */
  regulations: { bwbId: string; reported: number }[];
}

/** The last `count` months up to and including `current` (`YYYY-MM`), oldest first. */
export function monthsUpTo(current: string, count = TREND_MONTHS): string[] {
  const [y, m] = current.split('-').map(Number);
  return Array.from({ length: count }, (_, i) => {
    const index = y * 12 + (m - 1) - (count - 1 - i);
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

type Counts = Map<string, number>;

/** Every month of the window, with zeros where nothing happened (a gap in a line chart reads as "no data"). */
export function fillMonths(current: string, reported: Counts, resolved: Counts, responses: Counts): MonthPoint[] {
  return monthsUpTo(current).map((month) => ({ month, reported: reported.get(month) ?? 0, resolved: resolved.get(month) ?? 0, responses: responses.get(month) ?? 0 }));
}

/** Every year from the first with data to the current one, with zeros in between. */
export function fillYears(currentYear: number, reported: Map<number, number>, resolved: Map<number, number>, responses: Map<number, number>): YearPoint[] {
  const known = [...reported.keys(), ...resolved.keys(), ...responses.keys()];
  const first = known.length ? Math.min(...known, currentYear) : currentYear;
  return Array.from({ length: currentYear - first + 1 }, (_, i) => first + i).map((year) => ({ year, reported: reported.get(year) ?? 0, resolved: resolved.get(year) ?? 0, responses: responses.get(year) ?? 0 }));
}
