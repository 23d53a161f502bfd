import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The answers given to `Idempotency-Key`s (IdempotencyInterceptor), in the owning service's
 * database. Only a hash of the key and of the request is kept, with the answer's status and body
 * (ids and statuses: the routes marked @Idempotent answer nothing personal). A key is remembered
 * until `expires_at`: prune `WHERE expires_at < now()`.
 */
export class IdempotencyKeys1763900000070 implements MigrationInterface {
  name = 'IdempotencyKeys1763900000070';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE idempotency_keys (
        scope text NOT NULL,
        key_hash text NOT NULL,
        route text NOT NULL,
        request_hash text NOT NULL,
        state text NOT NULL CHECK (state IN ('in-progress', 'completed')),
        response_status int,
        response_body jsonb,
        response_headers jsonb,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (scope, key_hash)
      )`);
    await q.query(`CREATE INDEX idempotency_keys_expires ON idempotency_keys (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotency_keys`);
  }
}
