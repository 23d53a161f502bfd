/**
 * Whether `err` says that PostgreSQL rolled the transaction back for colliding with another one — a
 * deadlock (40P01) or a serialization failure (40001) — so the same work, run again, will most
 * likely pass. Not the work's fault: whoever retries should not count it as a failed attempt.
 */
export function isTransactionConflict(err: unknown): boolean {
  const e = err as { code?: unknown; driverError?: unknown } | null | undefined;
  if (!e || typeof e !== 'object') return false;
  if (e.code === '40P01' || e.code === '40001') return true;
  return e.driverError !== undefined && e.driverError !== err ? isTransactionConflict(e.driverError) : false;
}
