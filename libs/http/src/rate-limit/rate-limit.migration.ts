import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The attempts counted by the rate limits (PostgresRateLimiter), in the owning service's database.
 * Keys are keyed hashes (HMAC with PSEUDONYM_SECRET) of client and e-mail addresses, never the
 * addresses. `expires_at` is the end of an attempt's window: prune `WHERE expires_at < now()`.
 */
export class RateLimitTables1763900000060 implements MigrationInterface {
  name = 'RateLimitTables1763900000060';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rate_limit_attempts (
        bucket text NOT NULL,
        key_hash text NOT NULL,
        at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX rate_limit_attempts_key_at ON rate_limit_attempts (bucket, key_hash, at)`);
    await q.query(`CREATE INDEX rate_limit_attempts_expires ON rate_limit_attempts (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rate_limit_attempts`);
  }
}
