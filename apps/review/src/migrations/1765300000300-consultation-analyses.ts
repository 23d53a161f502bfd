import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The signed-off analysis of each proposal's responses (`consultation.ConsultationAnalysisSignedOff`):
 * one row per proposal, the latest sign-off (a later one replaces it), for the annual review. A
 * projection: a replay rebuilds it. Themes carry a coordinator's label or none (the drafted labels
 * are respondents' words and stay in the comments service), sizes and response ids; no text a
 * respondent typed.
 */
export class ConsultationAnalyses1765300000300 implements MigrationInterface {
  name = 'ConsultationAnalyses1765300000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE consultation_analyses (
        proposal_id uuid PRIMARY KEY,
        analysis_id uuid NOT NULL,
        responses int NOT NULL CHECK (responses >= 0),
        themes jsonb NOT NULL,
        stances jsonb NOT NULL,
        revisions int NOT NULL,
        signed_off_at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE consultation_analyses`);
  }
}
