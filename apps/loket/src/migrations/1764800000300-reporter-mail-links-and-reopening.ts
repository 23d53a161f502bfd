import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 10 items 4 and 5.
 * - `report_tracking_links`: every mail to a reporter after the acknowledgement carries a link of
 *   its own; only a keyed hash of its token is kept, with its expiry. "Link kwijt" deletes them all.
 * - `reporters.language`: the language of the form the reporter used, so mails speak it.
 * - `barrier_reports.reopened_at` / `reopen_count`: a reopened report's deadline counts from its reopening.
 */
export class ReporterMailLinksAndReopening1764800000300 implements MigrationInterface {
  name = 'ReporterMailLinksAndReopening1764800000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_tracking_links (
        token_hash text PRIMARY KEY,
        report_id uuid NOT NULL REFERENCES barrier_reports(id),
        issued_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX report_tracking_links_report ON report_tracking_links (report_id)`);
    await q.query(`CREATE INDEX report_tracking_links_expires ON report_tracking_links (expires_at)`);
    await q.query(`ALTER TABLE reporters ADD COLUMN language text NOT NULL DEFAULT 'nl' CHECK (language IN ('nl', 'en'))`);
    await q.query(`ALTER TABLE barrier_reports ADD COLUMN reopened_at timestamptz`);
    await q.query(`ALTER TABLE barrier_reports ADD COLUMN reopen_count int NOT NULL DEFAULT 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE barrier_reports DROP COLUMN reopen_count`);
    await q.query(`ALTER TABLE barrier_reports DROP COLUMN reopened_at`);
    await q.query(`ALTER TABLE reporters DROP COLUMN language`);
    await q.query(`DROP TABLE report_tracking_links`);
  }
}
