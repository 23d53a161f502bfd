import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Projections without the global lock (issue 14 item 3). Each ledger row keeps the transaction that
 * wrote it (`xid`), each review revision the snapshot its compile read (`as_of_snapshot`), so a
 * drill-down "as of" a compile shows exactly the rows that compile's counters included — also when
 * projection transactions commit out of position order, as they do once they no longer wait for each
 * other. Revisions compiled before have no snapshot: they were compiled under the lock, where
 * positions committed in order and `position <= as_of_position` was exact.
 */
export class LockFreeProjections1765200000430 implements MigrationInterface {
  name = 'LockFreeProjections1765200000430';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE figure_contributions ADD COLUMN xid xid8 NOT NULL DEFAULT pg_current_xact_id()`);
    await q.query(`ALTER TABLE reviews ADD COLUMN as_of_snapshot pg_snapshot`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE reviews DROP COLUMN as_of_snapshot`);
    await q.query(`ALTER TABLE figure_contributions DROP COLUMN xid`);
  }
}
