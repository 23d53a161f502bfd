import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { IdempotencyBegin, IdempotencyClaim, IdempotencyStore } from './idempotency.store';

interface KeyRow {
  request_hash: string;
  state: 'in-progress' | 'completed';
  response_status: number | null;
  response_body: unknown;
  response_headers: Record<string, string> | null;
}

/**
 * Idempotency keys in the service's own PostgreSQL. The claim is one autocommitted INSERT, outside
 * the handler's transaction, so a concurrent repeat sees it at once; the primary key decides which
 * of two simultaneous requests goes first. An expired row (or a stale unfinished one of the same
 * request) is taken over in the same statement. Prune `WHERE expires_at < now()`.
 */
@Injectable()
export class PostgresIdempotencyStore extends IdempotencyStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async begin(c: IdempotencyClaim): Promise<IdempotencyBegin> {
    const claimed: unknown[] = await this.dataSource.query(
      `INSERT INTO idempotency_keys (scope, key_hash, route, request_hash, state, created_at, expires_at)
       VALUES ($1, $2, $3, $4, 'in-progress', $5, $6)
       ON CONFLICT (scope, key_hash) DO UPDATE
          SET route = EXCLUDED.route, request_hash = EXCLUDED.request_hash, state = 'in-progress',
              response_status = NULL, response_body = NULL, response_headers = NULL, created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at
        WHERE idempotency_keys.expires_at <= $5
           OR (idempotency_keys.state = 'in-progress' AND idempotency_keys.created_at < $7 AND idempotency_keys.request_hash = EXCLUDED.request_hash)
       RETURNING 1`,
      [c.scope, c.keyHash, c.route, c.requestHash, c.now, c.expiresAt, c.staleBefore],
    );
    if (claimed.length) return { outcome: 'started' };
    const [row]: KeyRow[] = await this.dataSource.query(`SELECT request_hash, state, response_status, response_body, response_headers FROM idempotency_keys WHERE scope = $1 AND key_hash = $2`, [
      c.scope,
      c.keyHash,
    ]);
    // Released between our insert and this read: the caller simply tries again.
    if (!row) return { outcome: 'in-progress' };
    if (row.request_hash !== c.requestHash) return { outcome: 'mismatch' };
    if (row.state === 'in-progress') return { outcome: 'in-progress' };
    return { outcome: 'completed', status: row.response_status ?? 200, body: row.response_body, headers: row.response_headers ?? {} };
  }

  async complete(scope: string, keyHash: string, answer: { status: number; body: unknown; headers: Record<string, string> }): Promise<void> {
    await this.dataSource.query(
      `UPDATE idempotency_keys SET state = 'completed', response_status = $3, response_body = $4, response_headers = $5 WHERE scope = $1 AND key_hash = $2`,
      [scope, keyHash, answer.status, JSON.stringify(answer.body ?? null), JSON.stringify(answer.headers)],
    );
  }

  async release(scope: string, keyHash: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM idempotency_keys WHERE scope = $1 AND key_hash = $2 AND state = 'in-progress'`, [scope, keyHash]);
  }
}
