/**
 * SQL pieces for keyset pagination (see `keysetPage` in @pb/kernel and the page parameters in
 * @pb/http). A cursor carries a timestamp as UTC text with microseconds, exactly as PostgreSQL
 * stores it, so `(at, id) > ($n::timestamptz, $m)` continues precisely after the last row shown.
 */
export function cursorTimestamp(column: string): string {
  return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}
