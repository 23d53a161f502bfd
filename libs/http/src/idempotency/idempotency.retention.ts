import { RetentionTask, tableRetention } from '@pb/persistence';

/** A key replays its first answer until `expires_at` (24 h); after that it is only a row. */
export function idempotencyRetention(): RetentionTask[] {
  return [tableRetention({ name: 'http.idempotency-keys', table: 'idempotency_keys', column: 'expires_at', horizonSeconds: 0 })];
}
