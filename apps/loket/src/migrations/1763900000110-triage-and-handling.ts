import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Everything triage and handling need: classification, outcome, pauses of the deadline clock,
 * the text signature for duplicate suggestions, messages, and the local projection of the
 * strategy's themes (learnt from `strategy.versions`, never asked of another service).
 */
export class TriageAndHandling1763900000110 implements MigrationInterface {
  name = 'TriageAndHandling1763900000110';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE barrier_reports
        ADD COLUMN theme text,
        ADD COLUMN strategy_version text,
        ADD COLUMN category text,
        ADD COLUMN priority text,
        ADD COLUMN department text,
        ADD COLUMN handler_id text,
        ADD COLUMN outcome text,
        ADD COLUMN explanation text,
        ADD COLUMN resolved_at timestamptz,
        ADD COLUMN original_report_id uuid REFERENCES barrier_reports(id),
        ADD COLUMN resume_to text,
        ADD COLUMN pauses jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN text_signature jsonb`);
    await q.query(`CREATE INDEX barrier_reports_original ON barrier_reports (original_report_id) WHERE original_report_id IS NOT NULL`);
    await q.query(`CREATE INDEX barrier_reports_register ON barrier_reports (resolved_at) WHERE status = 'resolved' AND publish_consent`);
    await q.query(`CREATE INDEX barrier_reports_received_at ON barrier_reports (received_at)`);
    await q.query(`
      CREATE TABLE report_messages (
        id uuid PRIMARY KEY,
        report_id uuid NOT NULL REFERENCES barrier_reports(id),
        at timestamptz NOT NULL,
        author_role text NOT NULL,
        author_id text NOT NULL,
        internal boolean NOT NULL,
        body text NOT NULL
      )`);
    await q.query(`CREATE INDEX report_messages_report ON report_messages (report_id, at)`);
    await q.query(`
      CREATE TABLE strategy_versions (
        version text PRIMARY KEY,
        title text NOT NULL,
        published_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE strategy_themes (
        version text NOT NULL REFERENCES strategy_versions(version),
        code text NOT NULL,
        title text NOT NULL,
        PRIMARY KEY (version, code)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE strategy_themes`);
    await q.query(`DROP TABLE strategy_versions`);
    await q.query(`DROP TABLE report_messages`);
    await q.query(`
      ALTER TABLE barrier_reports
        DROP COLUMN theme, DROP COLUMN strategy_version, DROP COLUMN category, DROP COLUMN priority,
        DROP COLUMN department, DROP COLUMN handler_id, DROP COLUMN outcome, DROP COLUMN explanation,
        DROP COLUMN resolved_at, DROP COLUMN original_report_id, DROP COLUMN resume_to, DROP COLUMN pauses,
        DROP COLUMN text_signature`);
  }
}
