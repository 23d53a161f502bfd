import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11 item 3, the coordinator's reading room: full-text search over every response of a
 * proposal with PostgreSQL's Dutch configuration (stemming and stop words: "digitaliseringen"
 * finds "digitalisering"). The vector is a generated column, so every write — a new response,
 * an erasure that blanks the text — keeps it right without a trigger or application code; the GIN
 * index answers `@@` without reading the table. Answers are indexed by their string values only
 * (`jsonb_to_tsvector(..., '["string"]')`): question ids and numbers are not words.
 *
 * The list pages in (submitted_at, id) order per proposal: one composite index serves the keyset.
 *
 * `report_picks`: the responses a coordinator picked in the reading room for a topic (slot) of the
 * consultation report, kept until the report is written (no page needs to carry them in a URL).
 */
export class ReadingRoom1764800000400 implements MigrationInterface {
  name = 'ReadingRoom1764800000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE responses ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        to_tsvector('dutch'::regconfig, body)
        || jsonb_to_tsvector('dutch'::regconfig, answers, '["string"]'::jsonb)
        || to_tsvector('dutch'::regconfig, coalesce(on_behalf_of, ''))
      ) STORED`);
    await q.query(`CREATE INDEX responses_search ON responses USING gin (search_vector)`);
    await q.query(`CREATE INDEX responses_reading_room ON responses (proposal_id, submitted_at, id) WHERE verified_at IS NOT NULL AND erased_at IS NULL`);
    await q.query(`
      CREATE TABLE report_picks (
        proposal_id uuid NOT NULL,
        slot smallint NOT NULL,
        response_id uuid NOT NULL REFERENCES responses(id) ON DELETE CASCADE,
        picked_at timestamptz NOT NULL,
        PRIMARY KEY (proposal_id, slot, response_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE report_picks`);
    await q.query(`DROP INDEX responses_reading_room`);
    await q.query(`DROP INDEX responses_search`);
    await q.query(`ALTER TABLE responses DROP COLUMN search_vector`);
  }
}
