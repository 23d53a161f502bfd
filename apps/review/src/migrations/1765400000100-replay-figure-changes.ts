import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The bulk replay's scratch ledger: each window appends its net weight changes here (no index, no
 * conflict check, no WAL — the cheapest write PostgreSQL has), and the replay sums them into
 * `figure_members` once, at its end. Empty outside a replay; a replay that fails is run again
 * from the start, so losing it in a crash (UNLOGGED) loses nothing.
 */
export class ReplayFigureChanges1765400000100 implements MigrationInterface {
  name = 'ReplayFigureChanges1765400000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE UNLOGGED TABLE replay_figure_changes (key text NOT NULL, record_id text NOT NULL, delta int NOT NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE replay_figure_changes`);
  }
}
