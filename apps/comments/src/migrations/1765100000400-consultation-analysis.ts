import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11 item 4, the analysis of a proposal's responses with human sign-off (ADR 0011).
 * - analyses: one row per analysis job and its reviewed result; a job is claimed with a lease
 *   (`lease_until`), so a service that dies mid-way leaves it for the next claim (resumable). At
 *   most one queued or running analysis per proposal (a unique partial index: a second start is
 *   answered with the first). Summary sentences are kept as places in a response, not as words.
 * - analysis_revisions: every change of the review, append-only (a trigger refuses UPDATE and DELETE).
 */
export class ConsultationAnalysis1765100000400 implements MigrationInterface {
  name = 'ConsultationAnalysis1765100000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE analyses (
        id uuid PRIMARY KEY,
        proposal_id uuid NOT NULL REFERENCES proposal_projection(proposal_id),
        status text NOT NULL CHECK (status IN ('queued', 'running', 'failed', 'review', 'signed-off')),
        requested_by text NOT NULL,
        requested_at timestamptz NOT NULL,
        lease_until timestamptz,
        attempts int NOT NULL DEFAULT 0,
        themes jsonb NOT NULL DEFAULT '[]',
        unthemed jsonb NOT NULL DEFAULT '[]',
        stances jsonb NOT NULL DEFAULT '[]',
        method jsonb,
        revisions int NOT NULL DEFAULT 0,
        last_theme_no int NOT NULL DEFAULT 0,
        signed_off_at timestamptz,
        signed_off_by text,
        version int NOT NULL
      )`);
    await q.query(`CREATE INDEX analyses_proposal ON analyses (proposal_id, requested_at DESC)`);
    await q.query(`CREATE UNIQUE INDEX analyses_one_active ON analyses (proposal_id) WHERE status IN ('queued', 'running')`);
    await q.query(`
      CREATE TABLE analysis_revisions (
        analysis_id uuid NOT NULL REFERENCES analyses(id),
        seq int NOT NULL,
        kind text NOT NULL,
        detail jsonb NOT NULL,
        actor text NOT NULL,
        at timestamptz NOT NULL,
        PRIMARY KEY (analysis_id, seq)
      )`);
    await q.query(`
      CREATE FUNCTION analysis_revisions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'analysis_revisions is append-only';
      END $$`);
    await q.query(`CREATE TRIGGER analysis_revisions_append_only BEFORE UPDATE OR DELETE ON analysis_revisions FOR EACH ROW EXECUTE FUNCTION analysis_revisions_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE analysis_revisions`);
    await q.query(`DROP FUNCTION analysis_revisions_append_only()`);
    await q.query(`DROP TABLE analyses`);
  }
}
