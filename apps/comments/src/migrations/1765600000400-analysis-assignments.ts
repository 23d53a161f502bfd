import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11: the reading room filters by theme and by stance, and shows both per response. The
 * analysis keeps them the other way round — per theme its response ids, per question and stance
 * its response ids, inside the `analyses` row's jsonb — which a filter over a page of responses
 * cannot use without unpacking the whole analysis for every row.
 *
 * `analysis_assignments` turns that inside out: one row per analysed response of an analysis, with
 * its theme (NULL: in no theme) and its stance per question (`{"<question id>|body": "for"}`). One
 * row per response rather than one per (response, question): a coordinator's edit moves responses
 * between themes and never changes a stance, so an edit updates one column of the rows it moves.
 * The rows are written by the analysis repository in the transaction that saves the analysis (see
 * `analysis-assignments.ts` there). A response's row goes with the response (ON DELETE CASCADE).
 *
 * Analyses completed before this migration are filled in from their jsonb below.
 */
export class AnalysisAssignments1765600000400 implements MigrationInterface {
  name = 'AnalysisAssignments1765600000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE analysis_assignments (
      analysis_id uuid NOT NULL REFERENCES analyses(id) ON DELETE CASCADE,
      response_id uuid NOT NULL REFERENCES responses(id) ON DELETE CASCADE,
      theme_id text,
      stances jsonb NOT NULL DEFAULT '{}'::jsonb,
      PRIMARY KEY (analysis_id, response_id)
    )`);
    await q.query(`CREATE INDEX analysis_assignments_theme ON analysis_assignments (analysis_id, theme_id)`);
    // The cascade from a deleted response looks its rows up by response.
    await q.query(`CREATE INDEX analysis_assignments_response ON analysis_assignments (response_id)`);
    await q.query(`
      WITH done AS (SELECT * FROM analyses WHERE status IN ('review', 'signed-off')),
      members AS (
        SELECT d.id AS analysis_id, rid AS response_id, t->>'id' AS theme_id
          FROM done d, jsonb_array_elements(d.themes) t, jsonb_array_elements_text(t->'responseIds') rid
        UNION ALL
        SELECT d.id, rid, NULL FROM done d, jsonb_array_elements_text(d.unthemed) rid
      ),
      stances AS (
        SELECT d.id AS analysis_id, rid AS response_id, jsonb_object_agg(s->>'questionId', st.key) AS stances
          FROM done d, jsonb_array_elements(d.stances) s, jsonb_each(s->'stances') st, jsonb_array_elements_text(st.value) rid
         GROUP BY 1, 2
      )
      INSERT INTO analysis_assignments (analysis_id, response_id, theme_id, stances)
      SELECT coalesce(m.analysis_id, s.analysis_id), r.id, m.theme_id, coalesce(s.stances, '{}'::jsonb)
        FROM members m FULL JOIN stances s ON s.analysis_id = m.analysis_id AND s.response_id = m.response_id
        JOIN responses r ON r.id::text = coalesce(m.response_id, s.response_id)
      ON CONFLICT DO NOTHING`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE analysis_assignments`);
  }
}
