import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 14: the moment a report's last timeline entry was made (its receipt when there is none),
 * so the department dashboard reads only the reports that can count in its weeks — open ones and
 * those touched since the window began — instead of every report's whole timeline since the loket
 * opened. Written by the mapper with every save; the index serves "touched since".
 */
export class ReportStatusSince1765400000100 implements MigrationInterface {
  name = 'ReportStatusSince1765400000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE barrier_reports ADD COLUMN status_since timestamptz`);
    await q.query(`UPDATE barrier_reports r SET status_since = greatest(r.received_at, (SELECT max((e->>'at')::timestamptz) FROM jsonb_array_elements(r.timeline) e))`);
    await q.query(`ALTER TABLE barrier_reports ALTER COLUMN status_since SET NOT NULL`);
    await q.query(`CREATE INDEX barrier_reports_status_since ON barrier_reports (status_since)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE barrier_reports DROP COLUMN status_since`);
  }
}
