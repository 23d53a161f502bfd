import { RetentionTask, tableRetention } from '@pb/persistence';

/** Attempts outside their window count for nothing: pruned as soon as `expires_at` has passed. */
export function rateLimitRetention(): RetentionTask[] {
  return [tableRetention({ name: 'http.rate-limit-attempts', table: 'rate_limit_attempts', column: 'expires_at', horizonSeconds: 0 })];
}
