import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 10 items 6 and 8.
 * - `barrier_reports.parent_report_id`: a part of a split report points at its original (one level:
 *   a part is not split again). The original's parts are looked up by it.
 * - `official_deadline_reminders`: one row per report and deadline whose reminder was mailed to the
 *   department. The primary key is the claim: of two replicas running the job at once, one inserts
 *   (and mails, in the same transaction), the other's insert does nothing — so each mail goes once.
 *   A deadline that moves (a pause, a reopening) is a new deadline and gets its own reminder.
 */
export class SplitReportsAndOfficialMails1765100000300 implements MigrationInterface {
  name = 'SplitReportsAndOfficialMails1765100000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE barrier_reports ADD COLUMN parent_report_id uuid REFERENCES barrier_reports(id)`);
    await q.query(`CREATE INDEX barrier_reports_parent ON barrier_reports (parent_report_id) WHERE parent_report_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE official_deadline_reminders (
        report_id uuid NOT NULL REFERENCES barrier_reports(id),
        answer_by date NOT NULL,
        mailed_at timestamptz NOT NULL,
        PRIMARY KEY (report_id, answer_by)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE official_deadline_reminders`);
    await q.query(`DROP INDEX barrier_reports_parent`);
    await q.query(`ALTER TABLE barrier_reports DROP COLUMN parent_report_id`);
  }
}
