/**
 * A figure of the review is one counter in the figure ledger, named by a key
 * `metric|year|theme|dimension`. `theme` is `<code>@<strategy version>` (the version the record was
 * classified under), `-` for records not classified yet, or `*` for all themes (only for metrics
 * that cannot be summed, such as distinct respondents). Year 0 means all years (same reason).
 */
export interface FigureKey {
  metric: string;
  year: number;
  theme: string;
  dimension: string;
}

export const UNCLASSIFIED = '-';
export const ALL = '*';

export const themeRef = (code: string | null | undefined, version: string | null | undefined): string =>
  code && version ? `${code}@${version}` : UNCLASSIFIED;

export function parseThemeRef(ref: string): { code: string; version: string } | null {
  const at = ref.indexOf('@');
  return at > 0 ? { code: ref.slice(0, at), version: ref.slice(at + 1) } : null;
}

export const formatKey = (k: FigureKey): string => `${k.metric}|${k.year}|${k.theme}|${k.dimension}`;

export function parseKey(key: string): FigureKey {
  const [metric, year, theme, ...rest] = key.split('|');
  return { metric, year: Number(year), theme, dimension: rest.join('|') };
}

/** The calendar year of an instant in the Netherlands (a report at 00:30 on 1 January counts for the new year). */
const DUTCH_YEAR = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric' });
export function dutchYear(iso: string): number {
  const at = new Date(iso);
  // The Netherlands is one or two hours ahead of UTC, never behind: only the last hours of 31
  // December (UTC) can fall in another Dutch year. Everything else skips Intl, which a replay
  // would otherwise call for every event.
  if (at.getUTCMonth() !== 11 || at.getUTCDate() !== 31) return at.getUTCFullYear();
  return Number(DUTCH_YEAR.format(at));
}
