/**
 * The period a value is about, in one spelling: `2019` (a year), `2019-Q1` (a quarter) or `2019-03`
 * (a month). CBS StatLine writes periods as `2019JJ00`, `2019KW01` and `2019MM03`; both spellings are
 * read, and a coordinator's form may also say `2019 Q1` or `2019-3`.
 */
export type IndicatorPeriod = string;

const statLine = /^(\d{4})(JJ00|KW0([1-4])|MM(0[1-9]|1[0-2]))$/;
const year = /^(\d{4})$/;
const quarter = /^(\d{4})[- ]?[Qq]([1-4])$/;
const month = /^(\d{4})-(0?[1-9]|1[0-2])$/;

/** The period in the platform's spelling, or null when the text is no period we know. */
export function parsePeriod(text: string): IndicatorPeriod | null {
  const t = text.trim();
  let m = statLine.exec(t);
  if (m) return m[2] === 'JJ00' ? m[1] : m[3] ? `${m[1]}-Q${m[3]}` : `${m[1]}-${m[4]}`;
  if ((m = year.exec(t))) return m[1];
  if ((m = quarter.exec(t))) return `${m[1]}-Q${m[2]}`;
  if ((m = month.exec(t))) return `${m[1]}-${m[2].padStart(2, '0')}`;
  return null;
}

/** The calendar year a period falls in (a target year is compared with it). */
export function yearOf(period: IndicatorPeriod): number {
  return Number(period.slice(0, 4));
}
