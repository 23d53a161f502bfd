import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outbox rows Kafka refuses for good are parked instead of retried forever (see OutboxRelay), and
 * so are the later rows of the same aggregate, held behind them to keep that aggregate in order.
 * Parked rows are neither sent nor pending: the relay's index leaves them out.
 */
export class OutboxParking1764600000000 implements MigrationInterface {
  name = 'OutboxParking1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE outbox_messages
        ADD COLUMN parked_at     timestamptz,
        ADD COLUMN parked_reason text,
        ADD COLUMN held_behind   bigint`);
    await q.query(`DROP INDEX outbox_messages_unsent`);
    await q.query(`CREATE INDEX outbox_messages_unsent ON outbox_messages (position) WHERE sent_at IS NULL AND parked_at IS NULL`);
    await q.query(`CREATE INDEX outbox_messages_parked ON outbox_messages (message_key, position) WHERE parked_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX outbox_messages_parked`);
    await q.query(`DROP INDEX outbox_messages_unsent`);
    await q.query(`CREATE INDEX outbox_messages_unsent ON outbox_messages (position) WHERE sent_at IS NULL`);
    await q.query(`ALTER TABLE outbox_messages DROP COLUMN held_behind, DROP COLUMN parked_reason, DROP COLUMN parked_at`);
  }
}
