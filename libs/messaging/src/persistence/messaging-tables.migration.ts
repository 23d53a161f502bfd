import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox and inbox tables every service needs. Each service lists this migration beside its own
 * so the tables live in the service's database and take part in its transactions.
 */
export class MessagingTables1763900000000 implements MigrationInterface {
  name = 'MessagingTables1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox_messages (
        position      bigserial PRIMARY KEY,
        event_id      uuid NOT NULL UNIQUE,
        topic         text NOT NULL,
        message_key   text NOT NULL,
        envelope      jsonb NOT NULL,
        headers       jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at    timestamptz NOT NULL DEFAULT now(),
        sent_at       timestamptz
      )`);
    await q.query(`CREATE INDEX outbox_messages_unsent ON outbox_messages (position) WHERE sent_at IS NULL`);
    await q.query(`
      CREATE TABLE inbox_messages (
        consumer      text NOT NULL,
        event_id      uuid NOT NULL,
        event_type    text NOT NULL,
        processed_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer, event_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE inbox_messages`);
    await q.query(`DROP TABLE outbox_messages`);
  }
}
