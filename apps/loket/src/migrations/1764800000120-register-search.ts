import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The public register is searchable (issue 10, item 7): a Dutch full-text index over the title and
 * the official's explanation of the entries that are in it, and the indexes its filters use. Only
 * registered rows are indexed, so the index stays the size of the register, not of the loket.
 */
export class RegisterSearch1764800000120 implements MigrationInterface {
  name = 'RegisterSearch1764800000120';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX barrier_reports_register_text ON barrier_reports
         USING gin (to_tsvector('dutch', title || ' ' || coalesce(explanation, '')))
         WHERE status IN ('resolved', 'closed') AND publish_consent`,
    );
    await q.query(`CREATE INDEX barrier_reports_register_order ON barrier_reports (resolved_at DESC, reference DESC) WHERE status IN ('resolved', 'closed') AND publish_consent`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX barrier_reports_register_order`);
    await q.query(`DROP INDEX barrier_reports_register_text`);
  }
}
