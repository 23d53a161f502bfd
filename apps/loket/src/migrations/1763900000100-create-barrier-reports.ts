import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateBarrierReports1763900000100 implements MigrationInterface {
  name = 'CreateBarrierReports1763900000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE reference_counters (year int PRIMARY KEY, last int NOT NULL)`);
    await q.query(`
      CREATE TABLE reporters (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        email text NOT NULL,
        phone text,
        company_name text NOT NULL,
        kvk_number text NOT NULL
      )`);
    await q.query(`
      CREATE TABLE barrier_reports (
        id uuid PRIMARY KEY,
        reference text NOT NULL UNIQUE,
        status text NOT NULL,
        title text NOT NULL,
        description text NOT NULL,
        regulation_name text NOT NULL,
        regulation_article text,
        regulation_bwb_id text,
        technology text NOT NULL,
        sector text NOT NULL,
        impact text,
        suggested_solution text,
        company_size_class text NOT NULL,
        reporter_id uuid NOT NULL REFERENCES reporters(id),
        publish_consent boolean NOT NULL,
        contact_consent boolean NOT NULL,
        tracking_token_hash text NOT NULL,
        received_at timestamptz NOT NULL,
        triage_by date NOT NULL,
        answer_by date NOT NULL,
        timeline jsonb NOT NULL,
        version int NOT NULL
      )`);
    await q.query(`CREATE INDEX barrier_reports_status_answer_by ON barrier_reports (status, answer_by)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE barrier_reports`);
    await q.query(`DROP TABLE reporters`);
    await q.query(`DROP TABLE reference_counters`);
  }
}
