import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mails a person is waiting for (a confirmation link, an acknowledgement with the tracking link, a
 * new link) go before bulk notices: after a burst of 10 000 reports or a consultation report mailed
 * to every respondent, the next reporter's acknowledgement must not queue behind all of them.
 * `priority` is set by the producer (MailOutbox.enqueue, see MAIL_PRIORITY); lower goes first.
 * Existing rows get the middle value (a single notice) — what every mail was until now.
 * The relay claims due rows in (priority, created_at) order: the index serves that order for the
 * unsent rows only, so it stays as small as the queue.
 */
export class MailOutboxPriority1765000000050 implements MigrationInterface {
  name = 'MailOutboxPriority1765000000050';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE mail_outbox ADD COLUMN priority smallint NOT NULL DEFAULT 1`);
    await q.query(`ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_priority_known CHECK (priority BETWEEN 0 AND 2)`);
    await q.query(`CREATE INDEX mail_outbox_unsent_by_priority ON mail_outbox (priority, created_at) WHERE sent_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX mail_outbox_unsent_by_priority`);
    await q.query(`ALTER TABLE mail_outbox DROP CONSTRAINT mail_outbox_priority_known`);
    await q.query(`ALTER TABLE mail_outbox DROP COLUMN priority`);
  }
}
