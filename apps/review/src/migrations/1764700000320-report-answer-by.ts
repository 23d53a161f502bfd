import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The answer-by deadline of each report (from BarrierReported), so the monitor can count the
 * reports that are open and past their deadline now — not only those that were answered late.
 * Filled by the projection from now on, and for earlier reports by a replay (`npm run review:replay`).
 */
export class ReportAnswerBy1764700000320 implements MigrationInterface {
  name = 'ReportAnswerBy1764700000320';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE report_facts ADD COLUMN answer_by timestamptz`);
    await q.query(`CREATE INDEX report_facts_open_by_deadline ON report_facts (answer_by) WHERE status NOT IN ('resolved', 'duplicate', 'rejected')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX report_facts_open_by_deadline`);
    await q.query(`ALTER TABLE report_facts DROP COLUMN answer_by`);
  }
}
