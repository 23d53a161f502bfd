import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { FigureLedger } from '../../application/ports/figure-ledger';
import { ProjectionUnitOfWork } from '../../application/ports/projection-unit-of-work';
import { parseKey } from '../../../shared/domain/figure-key';

interface LedgerChange {
  recordId: string;
  key: string;
  delta: number;
}

/**
 * The figure ledger in `figure_members` (weights), `figure_counters` (the figures) and
 * `figure_contributions` (one row each time a record starts or stops counting: what drill-downs
 * read "as of" a compiled review).
 */
@Injectable()
export class FigureLedgerStore extends FigureLedger {
  constructor(private readonly uow: ProjectionUnitOfWork) {
    super();
  }

  /**
   * Applies weight changes for one record. In a consumer's transaction the changes of all its
   * events are summed per record and key and written in one statement before it commits (the
   * transaction is all that others can see, so its net effect is what counts); elsewhere at once.
   */
  async adjust(manager: EntityManager, recordId: string, deltas: Map<string, number>): Promise<void> {
    const changes = [...deltas.entries()].filter(([, d]) => d !== 0).map(([key, delta]) => ({ recordId, key, delta }));
    if (!changes.length) return;
    // Per transaction: the net weight change per record and key not yet written.
    const pending = this.uow.batch(
      manager,
      'figure-ledger',
      () => new Map<string, LedgerChange>(),
      (batch) => this.write(manager, [...batch.values()]),
    );
    if (!pending) return this.write(manager, changes);
    for (const c of changes) {
      const id = `${c.recordId}\u0000${c.key}`;
      const sum = pending.get(id);
      if (sum) sum.delta += c.delta;
      else pending.set(id, { ...c });
    }
  }

  /**
   * One statement for many records: members take the weight changes; where a member starts or
   * stops counting (weight crosses zero) its figure's counter moves and the contribution log gets
   * a row. Rows are touched in key order so concurrent writers could not deadlock.
   */
  private async write(manager: EntityManager, all: LedgerChange[]): Promise<void> {
    const changes = all.filter((c) => c.delta !== 0).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.recordId < b.recordId ? -1 : a.recordId > b.recordId ? 1 : 0));
    if (!changes.length) return;
    const parsed = changes.map((c) => parseKey(c.key));
    await manager.query(
      `WITH input AS (
         SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::int[], $6::text[], $7::text[])
                       AS i(record_id, key, delta, metric, year, theme, dimension)
       ),
       up AS (
         INSERT INTO figure_members (key, record_id, weight) SELECT key, record_id, delta FROM input ORDER BY key, record_id
         ON CONFLICT (key, record_id) DO UPDATE SET weight = figure_members.weight + EXCLUDED.weight
         RETURNING key, record_id, weight
       ),
       crossed AS (
         SELECT i.*, CASE WHEN up.weight - i.delta <= 0 AND up.weight > 0 THEN 1
                          WHEN up.weight - i.delta > 0 AND up.weight <= 0 THEN -1 ELSE 0 END AS change
           FROM input i JOIN up USING (key, record_id)
       ),
       counted AS (
         INSERT INTO figure_counters (key, metric, year, theme, dimension, value)
         SELECT key, metric, year, theme, dimension, sum(change) FROM crossed WHERE change <> 0
          GROUP BY key, metric, year, theme, dimension HAVING sum(change) <> 0 ORDER BY key
         ON CONFLICT (key) DO UPDATE SET value = figure_counters.value + EXCLUDED.value
         RETURNING 1
       )
       INSERT INTO figure_contributions (key, record_id, delta) SELECT key, record_id, change FROM crossed WHERE change <> 0 ORDER BY key, record_id`,
      [
        changes.map((c) => c.recordId),
        changes.map((c) => c.key),
        changes.map((c) => c.delta),
        parsed.map((p) => p.metric),
        parsed.map((p) => p.year),
        parsed.map((p) => p.theme),
        parsed.map((p) => p.dimension),
      ],
    );
    // Rows that dropped to nothing go, so the projection's content does not depend on arrival order.
    const dropped = changes.filter((c) => c.delta < 0);
    if (!dropped.length) return;
    await manager.query(
      `DELETE FROM figure_members m USING unnest($1::text[], $2::text[]) AS d(record_id, key)
        WHERE m.record_id = d.record_id AND m.key = d.key AND m.weight <= 0`,
      [dropped.map((c) => c.recordId), dropped.map((c) => c.key)],
    );
    await manager.query(`DELETE FROM figure_counters WHERE key = ANY($1::text[]) AND value = 0`, [[...new Set(dropped.map((c) => c.key))]]);
  }
}
