import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Erasure (AVG art. 17) by a keyed hash of the e-mail address: an erasure request names a person
 * only by `keyedHash(PSEUDONYM_SECRET, 'email', address)`, so responses and supports keep that hash
 * beside the address, indexed. Existing rows get it from the service (PrivacyModule, at start-up
 * and before each erasure): the key never goes into SQL. `erased_at` marks a response whose author
 * was erased: the record (and every count) stays, the person's words and details do not.
 */
export class RespondentEmailHash1763900000450 implements MigrationInterface {
  name = 'RespondentEmailHash1763900000450';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE responses ADD COLUMN email_hash text, ADD COLUMN erased_at timestamptz`);
    await q.query(`CREATE INDEX responses_email_hash ON responses (email_hash)`);
    await q.query(`CREATE INDEX responses_email_hash_missing ON responses (id) WHERE email_hash IS NULL`);
    await q.query(`ALTER TABLE supports ADD COLUMN email_hash text`);
    await q.query(`CREATE INDEX supports_email_hash ON supports (email_hash)`);
    await q.query(`CREATE INDEX supports_email_hash_missing ON supports (support_id) WHERE email_hash IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE supports DROP COLUMN email_hash`);
    await q.query(`ALTER TABLE responses DROP COLUMN email_hash, DROP COLUMN erased_at`);
  }
}
