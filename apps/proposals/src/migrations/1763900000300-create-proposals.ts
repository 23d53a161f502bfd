import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateProposals1763900000300 implements MigrationInterface {
  name = 'CreateProposals1763900000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE strategy_versions (
        seq bigserial UNIQUE,
        version text PRIMARY KEY,
        previous_version text REFERENCES strategy_versions(version),
        title text NOT NULL,
        published_at timestamptz NOT NULL,
        tracks jsonb NOT NULL,
        themes jsonb NOT NULL,
        changes jsonb NOT NULL
      )`);
    await q.query(`
      CREATE TABLE proposals (
        id uuid PRIMARY KEY,
        status text NOT NULL,
        title text NOT NULL,
        summary text NOT NULL,
        body text NOT NULL,
        theme text NOT NULL,
        strategy_version text NOT NULL REFERENCES strategy_versions(version),
        questions jsonb NOT NULL,
        documents jsonb NOT NULL,
        opens_at timestamptz NOT NULL,
        closes_at timestamptz NOT NULL,
        moderation text NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        published_at timestamptz,
        opened_at timestamptz,
        closed_at timestamptz,
        answered_at timestamptz,
        report jsonb,
        version int NOT NULL
      )`);
    // The scheduler's two look-ups: what is due to open, what is due to close.
    await q.query(`CREATE INDEX proposals_due_to_open ON proposals (opens_at) WHERE status = 'scheduled'`);
    await q.query(`CREATE INDEX proposals_due_to_close ON proposals (closes_at) WHERE status = 'open'`);
    await q.query(`CREATE INDEX proposals_status_theme ON proposals (status, theme)`);
    // Projection of counted responses (from consultation.ResponseSubmitted): the response count and
    // the check that a report links only responses of its own proposal.
    await q.query(`
      CREATE TABLE proposal_responses (
        response_id uuid PRIMARY KEY,
        proposal_id uuid NOT NULL,
        counted_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX proposal_responses_proposal ON proposal_responses (proposal_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE proposal_responses`);
    await q.query(`DROP TABLE proposals`);
    await q.query(`DROP TABLE strategy_versions`);
  }
}
