import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Retention of reporters' contact details and expiring tracking links (issue 9, AVG):
 * - a reporter's name, e-mail and phone can be erased (the row and its report stay, for the
 *   figures and the register); `contact_erased_at` says when. A NULL e-mail address is an erased
 *   contact to every reader, whoever erased it (retention here, an erasure request elsewhere);
 * - a tracking link expires a set time after it was issued; renewing it ("link kwijt") issues a
 *   new token and a new issue time. Links issued before this migration count from receipt.
 */
export class ContactRetentionAndTrackingLinks1764000000130 implements MigrationInterface {
  name = 'ContactRetentionAndTrackingLinks1764000000130';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE reporters ALTER COLUMN name DROP NOT NULL, ALTER COLUMN email DROP NOT NULL, ADD COLUMN contact_erased_at timestamptz`);
    // The retention task looks for a person's other open reports by address.
    await q.query(`CREATE INDEX reporters_email_lower ON reporters (lower(email)) WHERE contact_erased_at IS NULL`);
    await q.query(`CREATE INDEX barrier_reports_reporter ON barrier_reports (reporter_id)`);
    await q.query(`ALTER TABLE barrier_reports ADD COLUMN tracking_token_issued_at timestamptz`);
    await q.query(`UPDATE barrier_reports SET tracking_token_issued_at = received_at`);
    await q.query(`ALTER TABLE barrier_reports ALTER COLUMN tracking_token_issued_at SET NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE barrier_reports DROP COLUMN tracking_token_issued_at`);
    await q.query(`DROP INDEX barrier_reports_reporter`);
    await q.query(`DROP INDEX reporters_email_lower`);
    // Erased contacts cannot come back: the placeholder keeps the old NOT NULL constraints satisfiable.
    await q.query(`UPDATE reporters SET name = coalesce(name, ''), email = coalesce(email, '')`);
    await q.query(`ALTER TABLE reporters DROP COLUMN contact_erased_at, ALTER COLUMN name SET NOT NULL, ALTER COLUMN email SET NOT NULL`);
  }
}
