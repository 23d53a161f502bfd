import { MigrationInterface, QueryRunner } from 'typeorm';

/** A response the reading room shows without a filter: the base predicate of the store's `filterClauses`. */
const SHOWN = (r: string) => `${r}.verified_at IS NOT NULL AND ${r}.erased_at IS NULL`;

/**
 * Issue 14: the reading room's heading ("1 000 000 reacties gevonden") without counting a
 * proposal's responses on every page. The unfiltered total was a `count(*)` over every confirmed
 * response of the proposal: 0.9 s for a proposal with a million responses, on each page.
 *
 * Triggers on `responses` keep, per proposal, how many responses the reading room shows without
 * a filter. Like `answer_counts`, triggers so that no write path (confirmation, erasure, retention)
 * can forget them, and per statement (1765500000400 says why). A filtered total is counted up to a
 * cap instead (the store's `count`).
 */
export class ReadingRoomCounts1765500000410 implements MigrationInterface {
  name = 'ReadingRoomCounts1765500000410';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE reading_room_counts (
      proposal_id uuid PRIMARY KEY,
      responses int NOT NULL
    )`);
    await q.query(`CREATE FUNCTION responses_reading_room_counts() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO reading_room_counts (proposal_id, responses)
          SELECT n.proposal_id, count(*)::int FROM new_rows n WHERE ${SHOWN('n')} GROUP BY n.proposal_id ORDER BY 1
          ON CONFLICT (proposal_id) DO UPDATE SET responses = reading_room_counts.responses + EXCLUDED.responses;
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO reading_room_counts (proposal_id, responses)
          SELECT o.proposal_id, -count(*)::int FROM old_rows o WHERE ${SHOWN('o')} GROUP BY o.proposal_id ORDER BY 1
          ON CONFLICT (proposal_id) DO UPDATE SET responses = reading_room_counts.responses + EXCLUDED.responses;
        ELSE
          INSERT INTO reading_room_counts (proposal_id, responses)
          SELECT proposal_id, sum(delta)::int FROM (
            SELECT o.proposal_id, -1 AS delta FROM old_rows o WHERE ${SHOWN('o')}
            UNION ALL
            SELECT n.proposal_id, 1 FROM new_rows n WHERE ${SHOWN('n')}
          ) d
          GROUP BY proposal_id HAVING sum(delta) <> 0 ORDER BY 1
          ON CONFLICT (proposal_id) DO UPDATE SET responses = reading_room_counts.responses + EXCLUDED.responses;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER responses_reading_room_counts_insert AFTER INSERT ON responses REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION responses_reading_room_counts()`);
    await q.query(`CREATE TRIGGER responses_reading_room_counts_update AFTER UPDATE ON responses REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION responses_reading_room_counts()`);
    await q.query(`CREATE TRIGGER responses_reading_room_counts_delete AFTER DELETE ON responses REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION responses_reading_room_counts()`);
    // The responses already there.
    await q.query(`INSERT INTO reading_room_counts (proposal_id, responses)
      SELECT r.proposal_id, count(*)::int FROM responses r WHERE ${SHOWN('r')} GROUP BY r.proposal_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['insert', 'update', 'delete']) await q.query(`DROP TRIGGER responses_reading_room_counts_${t} ON responses`);
    await q.query(`DROP FUNCTION responses_reading_room_counts()`);
    await q.query(`DROP TABLE reading_room_counts`);
  }
}
