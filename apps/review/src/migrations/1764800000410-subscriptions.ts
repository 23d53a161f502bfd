import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Subscriptions by e-mail to a theme, a regulation or a barrier in the register (issue 12, item 7),
 * the feed items they are told about (also the Atom feeds), and the little the review needs to know
 * about a report to place it under those topics (no personal data: reference, theme, BWB id).
 *
 * The address is personal data that stays here, in the service that mails it: it is erased with the
 * subscription on unsubscribe, on an erasure request (by its keyed hash), and when a subscription
 * is not confirmed in time.
 */
export class Subscriptions1764800000410 implements MigrationInterface {
  name = 'Subscriptions1764800000410';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE subscriptions (
        id uuid PRIMARY KEY,
        email text NOT NULL,
        email_hash text NOT NULL,
        topic_kind text NOT NULL CHECK (topic_kind IN ('theme', 'regulation', 'barrier')),
        topic_ref text NOT NULL,
        language text NOT NULL CHECK (language IN ('nl', 'en')),
        status text NOT NULL CHECK (status IN ('pending', 'active')),
        confirm_token_hash text,
        confirm_expires_at timestamptz,
        created_at timestamptz NOT NULL,
        confirmed_at timestamptz
      )`);
    // One subscription per address and topic: subscribing again re-sends the confirmation.
    await q.query(`CREATE UNIQUE INDEX subscriptions_one_per_topic ON subscriptions (email_hash, topic_kind, topic_ref)`);
    await q.query(`CREATE INDEX subscriptions_active_by_topic ON subscriptions (topic_kind, topic_ref) WHERE status = 'active'`);
    await q.query(`CREATE UNIQUE INDEX subscriptions_confirm_token ON subscriptions (confirm_token_hash) WHERE confirm_token_hash IS NOT NULL`);
    await q.query(`
      CREATE TABLE feed_items (
        id uuid PRIMARY KEY,
        event_id uuid NOT NULL,
        topic_kind text NOT NULL,
        topic_ref text NOT NULL,
        kind text NOT NULL,
        subject_ref text NOT NULL,
        title text NOT NULL,
        path text NOT NULL,
        occurred_at timestamptz NOT NULL,
        UNIQUE (event_id, topic_kind, topic_ref)
      )`);
    await q.query(`CREATE INDEX feed_items_by_topic ON feed_items (topic_kind, topic_ref, occurred_at DESC, id DESC)`);
    await q.query(`
      CREATE TABLE subscription_report_topics (
        report_id uuid PRIMARY KEY,
        reference text,
        theme text,
        bwb_id text
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE subscription_report_topics`);
    await q.query(`DROP TABLE feed_items`);
    await q.query(`DROP TABLE subscriptions`);
  }
}
