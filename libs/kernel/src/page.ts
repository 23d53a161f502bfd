/**
 * Keyset pagination, framework-free. A list is read in the order of a unique sort key (for example
 * `(published_at, id)`); a page asks for the rows after the key of the last row it saw. Unlike OFFSET,
 * rows inserted or removed between two requests never shift the rest of the list, so walking `next`
 * neither repeats nor skips a row, and the database seeks to the page instead of counting past it.
 */

/** One value of a sort key as it travels in a cursor: timestamps as PostgreSQL text (microseconds kept). */
export type CursorValue = string | number;

export interface PageRequest {
  /** Rows wanted; the transport has already checked it against the list's maximum. */
  limit: number;
  /** Sort key of the last row of the previous page; null for the first page. */
  after: CursorValue[] | null;
}

export interface KeysetPage<T> {
  items: T[];
  /** Sort key to continue after, or null when this was the last page. */
  nextKey: CursorValue[] | null;
}

/**
 * Turns `limit + 1` rows (ask the database for one more than wanted) into a page: the extra row only
 * tells that there is more, so no count is needed.
 */
export function keysetPage<R, T>(rows: R[], limit: number, keyOf: (row: R) => CursorValue[], map: (row: R) => T): KeysetPage<T> {
  const shown = rows.slice(0, limit);
  return { items: shown.map(map), nextKey: rows.length > limit && shown.length ? keyOf(shown[shown.length - 1]) : null };
}
