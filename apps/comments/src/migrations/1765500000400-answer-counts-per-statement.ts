import { MigrationInterface, QueryRunner } from 'typeorm';

/** A response counts towards the results per question (1765400000400's predicate). */
const COUNTED = (r: string) => `${r}.parent_id IS NULL AND ${r}.verified_at IS NOT NULL AND ${r}.erased_at IS NULL AND ${r}.status <> 'rejected'`;
/** What in an update moves a response's answer counts. */
const MOVED = `(o.proposal_id <> n.proposal_id OR o.answers IS DISTINCT FROM n.answers OR (${COUNTED('o')}) IS DISTINCT FROM (${COUNTED('n')}))`;

/**
 * Issue 14: `answer_counts` kept per statement instead of per row. The row-level trigger of
 * 1765400000400 upserted the same counter rows once per response: one statement that inserts,
 * erases or deletes many responses of a proposal (a retention run, an erasure, a bulk load) wrote
 * a new version of the same row for every response inside one transaction, and each write walked
 * the versions before it — 25 000 responses took 30 s and met the statement timeout. Now each
 * statement sums its changes per counter from its transition tables and upserts each counter once.
 * (PostgreSQL allows transition tables only on a trigger with a single event: three triggers.)
 */
export class AnswerCountsPerStatement1765500000400 implements MigrationInterface {
  name = 'AnswerCountsPerStatement1765500000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER responses_answer_counts ON responses`);
    await q.query(`DROP FUNCTION responses_answer_counts()`);
    await q.query(`CREATE FUNCTION responses_answer_counts() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO answer_counts (proposal_id, question_id, value, count)
          SELECT n.proposal_id, k.question_id, k.value, count(*)::int
            FROM new_rows n CROSS JOIN LATERAL answer_count_keys(n.proposal_id, n.answers) k
           WHERE ${COUNTED('n')}
           GROUP BY n.proposal_id, k.question_id, k.value ORDER BY 1, 2, 3
          ON CONFLICT (proposal_id, question_id, value) DO UPDATE SET count = answer_counts.count + EXCLUDED.count;
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO answer_counts (proposal_id, question_id, value, count)
          SELECT o.proposal_id, k.question_id, k.value, -count(*)::int
            FROM old_rows o CROSS JOIN LATERAL answer_count_keys(o.proposal_id, o.answers) k
           WHERE ${COUNTED('o')}
           GROUP BY o.proposal_id, k.question_id, k.value ORDER BY 1, 2, 3
          ON CONFLICT (proposal_id, question_id, value) DO UPDATE SET count = answer_counts.count + EXCLUDED.count;
        ELSE
          INSERT INTO answer_counts (proposal_id, question_id, value, count)
          SELECT proposal_id, question_id, value, sum(delta)::int FROM (
            SELECT o.proposal_id, k.question_id, k.value, -1 AS delta
              FROM old_rows o JOIN new_rows n USING (id) CROSS JOIN LATERAL answer_count_keys(o.proposal_id, o.answers) k
             WHERE ${COUNTED('o')} AND ${MOVED}
            UNION ALL
            SELECT n.proposal_id, k.question_id, k.value, 1
              FROM new_rows n JOIN old_rows o USING (id) CROSS JOIN LATERAL answer_count_keys(n.proposal_id, n.answers) k
             WHERE ${COUNTED('n')} AND ${MOVED}
          ) d
          GROUP BY proposal_id, question_id, value HAVING sum(delta) <> 0 ORDER BY 1, 2, 3
          ON CONFLICT (proposal_id, question_id, value) DO UPDATE SET count = answer_counts.count + EXCLUDED.count;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER responses_answer_counts_insert AFTER INSERT ON responses REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION responses_answer_counts()`);
    await q.query(`CREATE TRIGGER responses_answer_counts_update AFTER UPDATE ON responses REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION responses_answer_counts()`);
    await q.query(`CREATE TRIGGER responses_answer_counts_delete AFTER DELETE ON responses REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION responses_answer_counts()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['insert', 'update', 'delete']) await q.query(`DROP TRIGGER responses_answer_counts_${t} ON responses`);
    await q.query(`DROP FUNCTION responses_answer_counts()`);
    // Back to 1765400000400's row-level trigger.
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
  }
}
