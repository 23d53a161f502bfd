import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "This is my barrier too" as the review learns it (`loket.BarrierEndorsed` and
 * `loket.BarrierEndorsementWithdrawn`): one row per endorsement, ids only (the company and its
 * contact stay in the loket), a projection (a replay rebuilds it). A withdrawn endorsement keeps its
 * row, `withdrawn` set, so a redelivered BarrierEndorsed cannot count it again; `year` is the Dutch
 * calendar year it was made in (the year of the review it counts for); `report_id` finds a report's
 * endorsements when its theme changes, since an endorsement counts under its report's theme.
 */
export class ReportEndorsements1765300000100 implements MigrationInterface {
  name = 'ReportEndorsements1765300000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_endorsements (
        endorsement_id uuid PRIMARY KEY,
        report_id uuid NOT NULL,
        year int,
        withdrawn boolean NOT NULL DEFAULT false
      )`);
    await q.query(`CREATE INDEX report_endorsements_counting ON report_endorsements (report_id) WHERE NOT withdrawn`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE report_endorsements`);
  }
}
