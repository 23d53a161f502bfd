/**
 * Whether an error means "the database cannot answer right now" rather than "this request is
 * wrong": the server is shutting down, restarting or not accepting connections yet, a connection
 * broke or could not be made in time, or a statement hit its timeout. Such a request may succeed
 * when tried again later: HTTP answers 503 with Retry-After, and a consumer retries the event
 * instead of dead-lettering it.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown; driverError?: unknown } | null | undefined;
  if (!e || typeof e !== 'object') return false;
  const code = typeof e.code === 'string' ? e.code : '';
  // SQLSTATE class 08 (connection exception), 57P01-57P03 (shutdown, crash, cannot connect now),
  // 57014 (query_canceled: statement_timeout), 53300 (too many connections).
  if (/^08/.test(code) || /^57P0[123]$/.test(code) || code === '57014' || code === '53300') return true;
  if (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN'].includes(code)) return true;
  // TypeORM releases a query runner whose connection broke (a restart, an ended idle transaction);
  // the next query of that request meets this error.
  if ((e as { name?: unknown }).name === 'QueryRunnerAlreadyReleasedError') return true;
  const message = typeof e.message === 'string' ? e.message : '';
  if (/Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|connection is closed|Cannot use a pool after calling end/i.test(message)) return true;
  return e.driverError !== undefined && e.driverError !== err ? isDatabaseUnavailable(e.driverError) : false;
}
