import { MigrationInterface, QueryRunner } from 'typeorm';

/** Facts about barrier reports as the review learns them from loket events (no personal data). */
export class CreateReportFacts1763900000200 implements MigrationInterface {
  name = 'CreateReportFacts1763900000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_facts (
        report_id uuid PRIMARY KEY,
        reference text NOT NULL,
        reported_at timestamptz NOT NULL,
        year int NOT NULL,
        theme text,
        status text NOT NULL,
        technology text NOT NULL,
        sector text NOT NULL,
        regulation_name text NOT NULL,
        regulation_bwb_id text,
        company_size_class text NOT NULL,
        outcome text,
        resolved_at timestamptz
      )`);
    await q.query(`CREATE INDEX report_facts_year_theme ON report_facts (year, theme)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE report_facts`);
  }
}
