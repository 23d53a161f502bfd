import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 10 item 8 (the desk): an official's saved queue filters, by their pseudonymous id. The
 * filter values are the queue's own query parameters (codes, and the words an official searched for).
 */
export class DeskSavedQueueFilters1765100000400 implements MigrationInterface {
  name = 'DeskSavedQueueFilters1765100000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE saved_queue_filters (
        id uuid PRIMARY KEY,
        official_id text NOT NULL,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
        filters jsonb NOT NULL,
        saved_at timestamptz NOT NULL,
        UNIQUE (official_id, name)
      )`);
    // "My reports": the queue narrowed to the caller as handler.
    await q.query(`CREATE INDEX barrier_reports_handler ON barrier_reports (handler_id) WHERE handler_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX barrier_reports_handler`);
    await q.query(`DROP TABLE saved_queue_filters`);
  }
}
