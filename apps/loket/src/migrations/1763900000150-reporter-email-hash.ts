import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Erasure (AVG art. 17) by a keyed hash of the e-mail address: an erasure request names a person
 * only by `keyedHash(PSEUDONYM_SECRET, 'email', address)`, so the loket keeps that hash beside
 * each reporter, indexed. Existing rows get it from the service (PrivacyModule, at start-up and
 * before each erasure): the key never goes into SQL.
 *
 * Erasing a reporter deletes their row; the report stays (figures, register) with its pseudonymous
 * `reporter_id`, which then points at nobody, so the foreign key goes.
 */
export class ReporterEmailHash1763900000150 implements MigrationInterface {
  name = 'ReporterEmailHash1763900000150';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE reporters ADD COLUMN email_hash text`);
    await q.query(`CREATE INDEX reporters_email_hash ON reporters (email_hash)`);
    await q.query(`CREATE INDEX reporters_email_hash_missing ON reporters (id) WHERE email_hash IS NULL`);
    await q.query(`ALTER TABLE barrier_reports DROP CONSTRAINT IF EXISTS barrier_reports_reporter_id_fkey`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE barrier_reports ADD CONSTRAINT barrier_reports_reporter_id_fkey FOREIGN KEY (reporter_id) REFERENCES reporters(id) NOT VALID`);
    await q.query(`DROP INDEX reporters_email_hash_missing`);
    await q.query(`DROP INDEX reporters_email_hash`);
    await q.query(`ALTER TABLE reporters DROP COLUMN email_hash`);
  }
}
