import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A sent mail keeps no address, subject or body (they held tracking links with their tokens):
 * only what operations need — id, kind, attempts, timestamps. The columns become nullable; the
 * CHECK keeps an unsent mail complete. Rows sent before this migration are stripped here.
 */
export class MailOutboxRetention1764000000020 implements MigrationInterface {
  name = 'MailOutboxRetention1764000000020';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE mail_outbox ALTER COLUMN to_address DROP NOT NULL, ALTER COLUMN subject DROP NOT NULL, ALTER COLUMN text_body DROP NOT NULL`);
    await q.query(`UPDATE mail_outbox SET to_address = NULL, subject = NULL, text_body = NULL, html_body = NULL WHERE sent_at IS NOT NULL`);
    await q.query(`
      ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_unsent_is_complete
        CHECK (sent_at IS NOT NULL OR (to_address IS NOT NULL AND subject IS NOT NULL AND text_body IS NOT NULL))`);
    await q.query(`CREATE INDEX mail_outbox_sent_at ON mail_outbox (sent_at) WHERE sent_at IS NOT NULL`);
    await q.query(`CREATE INDEX mail_outbox_unsent_created_at ON mail_outbox (created_at) WHERE sent_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX mail_outbox_unsent_created_at`);
    await q.query(`DROP INDEX mail_outbox_sent_at`);
    await q.query(`ALTER TABLE mail_outbox DROP CONSTRAINT mail_outbox_unsent_is_complete`);
    // A stripped row cannot get its body back: it is deleted, as retention would have done.
    await q.query(`DELETE FROM mail_outbox WHERE to_address IS NULL`);
    await q.query(`ALTER TABLE mail_outbox ALTER COLUMN to_address SET NOT NULL, ALTER COLUMN subject SET NOT NULL, ALTER COLUMN text_body SET NOT NULL`);
  }
}
