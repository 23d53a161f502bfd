import { MigrationInterface, QueryRunner } from 'typeorm';

/** Lets the retention pruner find old sent outbox rows and old inbox rows without a full scan. */
export class MessagingRetentionIndexes1764000000010 implements MigrationInterface {
  name = 'MessagingRetentionIndexes1764000000010';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX outbox_messages_sent_at ON outbox_messages (sent_at) WHERE sent_at IS NOT NULL`);
    await q.query(`CREATE INDEX inbox_messages_processed_at ON inbox_messages (processed_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX inbox_messages_processed_at`);
    await q.query(`DROP INDEX outbox_messages_sent_at`);
  }
}
