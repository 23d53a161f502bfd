import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 9: an unverified response no longer blocks its address. The one-response-per-address rule
 * now counts only verified responses: anyone could otherwise lock a person out of a consultation
 * by submitting, unconfirmed, with that person's address. A second unverified response just waits
 * beside the first; confirming one decides (ConfirmVerificationHandler).
 *
 * The rate limits moved to the shared table `rate_limit_attempts` (libs/http RateLimitTables), with
 * keyed hashes: the old table keyed by plain SHA-256 of addresses goes. Flags kept a plain SHA-256
 * of the client address too; it cannot be re-keyed without the address, so those old keys are
 * replaced by a value that identifies nothing (only their duplicate check is lost).
 */
export class CountOnlyVerifiedResponses1763900000410 implements MigrationInterface {
  name = 'CountOnlyVerifiedResponses1763900000410';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX responses_one_per_email`);
    // Also serves ResponseStore.hasVerifiedResponse (same predicate).
    await q.query(`CREATE UNIQUE INDEX responses_one_verified_per_email ON responses (proposal_id, email_normalised) WHERE parent_id IS NULL AND verified_at IS NOT NULL`);
    await q.query(`DROP TABLE rate_limit_hits`);
    await q.query(`UPDATE flags SET client_key = 'legacy:' || id WHERE client_key LIKE 'addr:%'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE rate_limit_hits (key text NOT NULL, at timestamptz NOT NULL)`);
    await q.query(`CREATE INDEX rate_limit_hits_key_at ON rate_limit_hits (key, at)`);
    await q.query(`DROP INDEX responses_one_verified_per_email`);
    await q.query(`CREATE UNIQUE INDEX responses_one_per_email ON responses (proposal_id, email_normalised) WHERE parent_id IS NULL`);
  }
}
