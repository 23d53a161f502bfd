import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Extra header lines a mail is sent with (e.g. `List-Unsubscribe` and `List-Unsubscribe-Post` on a
 * subscription notice, RFC 8058), as a JSON object of name → value. NULL for a mail without any:
 * every mail until now. They can hold a personal link (an unsubscribe token), so the relay strips
 * them with the address and the body once the mail is sent.
 */
export class MailOutboxHeaders1765100000050 implements MigrationInterface {
  name = 'MailOutboxHeaders1765100000050';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE mail_outbox ADD COLUMN headers jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE mail_outbox DROP COLUMN headers`);
  }
}
