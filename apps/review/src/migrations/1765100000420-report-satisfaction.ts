import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether the answer to a report helped, as its reporter said (`loket.BarrierSatisfactionGiven`):
 * one row per report and answer round, a projection (a replay rebuilds it). No reason text: that
 * is the reporter's own and stays in the loket.
 */
export class ReportSatisfaction1765100000420 implements MigrationInterface {
  name = 'ReportSatisfaction1765100000420';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_satisfaction (
        report_id uuid NOT NULL,
        round int NOT NULL CHECK (round >= 1),
        satisfied boolean NOT NULL,
        outcome text NOT NULL,
        PRIMARY KEY (report_id, round)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE report_satisfaction`);
  }
}
