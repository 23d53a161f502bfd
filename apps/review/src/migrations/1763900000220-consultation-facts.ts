import { MigrationInterface, QueryRunner } from 'typeorm';

/** What the review learns of proposals and responses (pseudonymous respondent ids only; no text, no names). */
export class ConsultationFacts1763900000220 implements MigrationInterface {
  name = 'ConsultationFacts1763900000220';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE proposal_facts (
        proposal_id uuid PRIMARY KEY,
        title text,
        theme text,
        strategy_version text,
        status text,
        opens_at timestamptz,
        closes_at timestamptz,
        published_at timestamptz,
        year int,
        answered_at timestamptz,
        report_title text,
        report_response_count int
      )`);
    await q.query(`
      CREATE TABLE response_facts (
        response_id uuid PRIMARY KEY,
        proposal_id uuid NOT NULL,
        theme text NOT NULL,
        respondent_id text NOT NULL,
        on_behalf_of_organisation boolean NOT NULL,
        public boolean NOT NULL,
        parent_id uuid,
        status text NOT NULL,
        submitted_at timestamptz NOT NULL,
        year int NOT NULL,
        support_count int NOT NULL DEFAULT 0,
        flags int NOT NULL DEFAULT 0
      )`);
    await q.query(`CREATE INDEX response_facts_proposal ON response_facts (proposal_id)`);
    await q.query(`CREATE INDEX response_facts_notable ON response_facts (year, support_count DESC) WHERE public AND status = 'published'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE response_facts`);
    await q.query(`DROP TABLE proposal_facts`);
  }
}
