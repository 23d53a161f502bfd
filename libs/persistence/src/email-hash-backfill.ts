import { keyedHash, normaliseEmailAddress } from '@pb/kernel';
import type { EntityManager } from 'typeorm';

/** A table whose rows name a person by e-mail address, with a column for the address's keyed hash. */
export interface EmailHashColumns {
  table: string;
  /** The primary key column. */
  key: string;
  email: string;
  hash: string;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/**
 * Fills the keyed hash of the e-mail address (`keyedHash(secret, 'email', normalised address)`)
 * where it is still missing, in batches, and returns how many rows it filled. The hash is made
 * here, never in SQL, so the key stays in the application (PostgreSQL would need pgcrypto and the
 * key in a statement). Rows written by code that does not know the column (an older replica
 * during a rolling deploy, any insert path) are covered the next time this runs: at start-up, and
 * inside each erasure's transaction before it matches, so no row escapes an erasure.
 *
 * `skipLocked` is for the background run beside live traffic; an erasure must not skip a row.
 */
export async function fillEmailHashes(
  manager: EntityManager,
  columns: EmailHashColumns,
  secret: string,
  options: { batchSize?: number; skipLocked?: boolean; shouldStop?: () => boolean } = {},
): Promise<number> {
  const { table, key, email, hash } = columns;
  for (const name of [table, key, email, hash]) if (!IDENTIFIER.test(name)) throw new Error(`not an SQL identifier: ${name}`);
  const batchSize = options.batchSize ?? 500;
  let filled = 0;
  for (;;) {
    if (options.shouldStop?.()) return filled;
    const rows: { k: string; e: string }[] = await manager.query(
      `SELECT ${key}::text AS k, ${email} AS e FROM ${table} WHERE ${hash} IS NULL AND ${email} IS NOT NULL
        LIMIT $1 FOR UPDATE ${options.skipLocked ? 'SKIP LOCKED' : ''}`,
      [batchSize],
    );
    if (!rows.length) return filled;
    await manager.query(
      `UPDATE ${table} t SET ${hash} = v.h FROM unnest($1::text[], $2::text[]) AS v(k, h) WHERE t.${key}::text = v.k`,
      [rows.map((r) => r.k), rows.map((r) => keyedHash(secret, 'email', normaliseEmailAddress(r.e)))],
    );
    filled += rows.length;
    if (rows.length < batchSize) return filled;
  }
}

/**
 * How many rows an UPDATE or DELETE … RETURNING touched: TypeORM answers those on PostgreSQL with
 * `[rows, affectedCount]`, not with the rows as for a SELECT.
 */
export function affectedRows(result: unknown): number {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[1];
  return Array.isArray(result) ? result.length : 0;
}
