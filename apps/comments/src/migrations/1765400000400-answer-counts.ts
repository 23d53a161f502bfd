import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 14: the results per question (how many answered, how often each option or scale value was
 * chosen) read from a table shaped for them instead of unnesting the answers of every response of
 * the proposal on each view: a closed proposal's public page asked for them, so with a million
 * responses each view read a million rows.
 *
 * A trigger on `responses` keeps the counts, so no write path can forget them (submission,
 * confirmation, moderation, erasure, retention): a response counts while it is a confirmed,
 * not rejected, not erased top-level response, exactly the predicate the old query used. Rows of
 * one change are upserted in key order in one statement, so two confirmations touching the same
 * counters wait for each other instead of deadlocking. Values are counted only for questions that
 * are not free text (a free-text answer is no category; counting it would store every text again).
 */
export class AnswerCounts1765400000400 implements MigrationInterface {
  name = 'AnswerCounts1765400000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE answer_counts (
      proposal_id uuid NOT NULL,
      question_id text NOT NULL,
      -- '' : answered at all; otherwise an option id or a scale value
      value text NOT NULL,
      count int NOT NULL,
      PRIMARY KEY (proposal_id, question_id, value)
    )`);
    // What one response adds to the counts: a row per answered question, and one per chosen value
    // of a question that is not free text (each element of a multiple choice once).
    await q.query(`CREATE FUNCTION answer_count_keys(p_proposal uuid, p_answers jsonb) RETURNS TABLE (question_id text, value text)
      LANGUAGE sql STABLE AS $$
        WITH a AS (SELECT e->>'questionId' AS question_id, e->'answer' AS answer FROM jsonb_array_elements(p_answers) e),
             kinds AS (SELECT q->>'id' AS id FROM proposal_projection pp, jsonb_array_elements(pp.questions) q
                        WHERE pp.proposal_id = p_proposal AND coalesce(q->>'kind', 'text') <> 'text')
        SELECT a.question_id, '' FROM a
        UNION ALL
        SELECT a.question_id, v FROM a JOIN kinds ON kinds.id = a.question_id,
               jsonb_array_elements_text(CASE WHEN jsonb_typeof(a.answer) = 'array' THEN a.answer ELSE jsonb_build_array(a.answer) END) v
         WHERE v IS NOT NULL
      $$`);
    await q.query(`CREATE FUNCTION responses_answer_counts() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        was boolean := TG_OP <> 'INSERT' AND OLD.parent_id IS NULL AND OLD.verified_at IS NOT NULL AND OLD.erased_at IS NULL AND OLD.status <> 'rejected';
        now_ boolean := TG_OP <> 'DELETE' AND NEW.parent_id IS NULL AND NEW.verified_at IS NOT NULL AND NEW.erased_at IS NULL AND NEW.status <> 'rejected';
      BEGIN
        IF NOT was AND NOT now_ THEN RETURN NULL; END IF;
        IF was AND now_ AND OLD.proposal_id = NEW.proposal_id AND OLD.answers = NEW.answers THEN RETURN NULL; END IF;
        INSERT INTO answer_counts (proposal_id, question_id, value, count)
        SELECT proposal_id, question_id, value, sum(delta)::int FROM (
          SELECT OLD.proposal_id AS proposal_id, k.question_id, k.value, -1 AS delta FROM answer_count_keys(OLD.proposal_id, OLD.answers) k WHERE was
          UNION ALL
          SELECT NEW.proposal_id, k.question_id, k.value, 1 FROM answer_count_keys(NEW.proposal_id, NEW.answers) k WHERE now_
        ) d
        GROUP BY proposal_id, question_id, value HAVING sum(delta) <> 0
        ORDER BY proposal_id, question_id, value
        ON CONFLICT (proposal_id, question_id, value) DO UPDATE SET count = answer_counts.count + EXCLUDED.count;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER responses_answer_counts AFTER INSERT OR UPDATE OR DELETE ON responses
      FOR EACH ROW EXECUTE FUNCTION responses_answer_counts()`);
    // The counts of the responses already there.
    await q.query(`INSERT INTO answer_counts (proposal_id, question_id, value, count)
      SELECT r.proposal_id, k.question_id, k.value, count(*)::int
        FROM responses r, answer_count_keys(r.proposal_id, r.answers) k
       WHERE r.parent_id IS NULL AND r.verified_at IS NOT NULL AND r.erased_at IS NULL AND r.status <> 'rejected'
       GROUP BY r.proposal_id, k.question_id, k.value`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER responses_answer_counts ON responses`);
    await q.query(`DROP FUNCTION responses_answer_counts()`);
    await q.query(`DROP FUNCTION answer_count_keys(uuid, jsonb)`);
    await q.query(`DROP TABLE answer_counts`);
  }
}
