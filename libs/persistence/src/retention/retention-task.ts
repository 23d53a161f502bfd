import type { EntityManager } from 'typeorm';

/**
 * One kind of row a service must not keep for ever. The pruner calls `pruneBatch` in a transaction
 * that holds this task's advisory lock, again and again until a batch comes back short (or the
 * run's batch budget is spent); it returns how many rows it deleted or erased.
 */
export interface RetentionTask {
  /** Stable, for logs, the metric label and the advisory lock: e.g. `messaging.inbox`. */
  readonly name: string;
  pruneBatch(manager: EntityManager, now: Date, limit: number): Promise<number>;
}

/** The common case: delete rows whose timestamp lies further back than a horizon. */
export interface TableRetentionRule {
  name: string;
  table: string;
  /** A timestamptz column: a row goes once `column < now - horizon`. A NULL never matches. */
  column: string;
  /**
   * How long past `column` a row is kept: 0 deletes it as soon as the time in `column` has passed
   * (an `expires_at`); null keeps the table for ever (the task does nothing).
   */
  horizonSeconds: number | null;
  /** An extra condition written in code (never from input), e.g. `sent_at IS NULL`. */
  where?: string;
}

export const DAY_SECONDS = 86_400;

/** A retention setting in days, where 0 means "keep for ever", as a horizon. */
export const daysOrNever = (days: number): number | null => (days > 0 ? days * DAY_SECONDS : null);

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/**
 * A task deleting the rows of `rule`, a batch at a time. Rows another transaction holds are
 * skipped (SKIP LOCKED), so pruning never waits on, or blocks, the relay or a consumer; `ctid`
 * lets it work on any table, with or without a primary key.
 */
export function tableRetention(rule: TableRetentionRule): RetentionTask {
  if (!IDENTIFIER.test(rule.table) || !IDENTIFIER.test(rule.column)) throw new Error(`retention rule ${rule.name}: table and column must be plain identifiers`);
  if (rule.horizonSeconds !== null && !(Number.isFinite(rule.horizonSeconds) && rule.horizonSeconds >= 0)) throw new Error(`retention rule ${rule.name}: horizon must be 0 or more seconds, or null`);
  const extra = rule.where ? ` AND (${rule.where})` : '';
  const sql = `WITH doomed AS (
                 DELETE FROM ${rule.table} WHERE ctid = ANY(ARRAY(
                   SELECT ctid FROM ${rule.table} WHERE ${rule.column} < $1${extra} LIMIT $2 FOR UPDATE SKIP LOCKED))
                 RETURNING 1)
               SELECT count(*)::int AS n FROM doomed`;
  return {
    name: rule.name,
    async pruneBatch(manager, now, limit) {
      if (rule.horizonSeconds === null) return 0;
      const cutoff = new Date(now.getTime() - rule.horizonSeconds * 1000);
      const [{ n }] = await manager.query(sql, [cutoff, limit]);
      return n;
    },
  };
}
