import { Injectable } from '@nestjs/common';
import { deferUntilCommit } from '@pb/messaging';
import type { EntityManager } from 'typeorm';
import { parseKey } from '../domain/figure-key';

interface LedgerChange {
  recordId: string;
  key: string;
  delta: number;
}

/**
 * Writes to the figure ledger inside the consumer's transaction. A record's weight on a key says
 * how often it counts (1 for a report, the number of responses for a respondent); a figure counts
 * the records with a positive weight. Each time a record starts or stops counting, one row goes to
 * `figure_contributions`, which is what drill-downs read "as of" a compiled review.
 */
@Injectable()
export class FigureLedger {
  private readonly serialized = new WeakSet<EntityManager>();

  /**
   * Projection writes take one transaction-scoped lock first, so they commit one at a time: the
   * ledger's positions then commit in order (a drill-down "as of" a position is exact), and two
   * consumers (replicas, or a replay beside a live group) can neither deadlock on hot counters nor
   * miss each other's rows. Take it before touching any row; once per transaction is enough.
   */
  async serialize(manager: EntityManager): Promise<void> {
    if (this.serialized.has(manager)) return;
    await manager.query(`SELECT pg_advisory_xact_lock(7420300)`);
    this.serialized.add(manager);
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
    const pending = deferUntilCommit(
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

  /** Moves a record from the keys it counted for to the keys it counts for now (weight 1 each). */
  async move(manager: EntityManager, recordId: string, before: string[], after: string[]): Promise<void> {
    const deltas = new Map<string, number>();
    const was = new Set(before);
    const is = new Set(after);
    for (const k of was) if (!is.has(k)) deltas.set(k, -1);
    for (const k of is) if (!was.has(k)) deltas.set(k, 1);
    await this.adjust(manager, recordId, deltas);
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

/** The tables a replay empties: everything learnt from events, nothing the review decided itself. */
export const PROJECTION_TABLES = ['report_facts', 'proposal_facts', 'response_facts', 'strategy_versions', 'strategy_themes', 'figure_counters', 'figure_members', 'figure_contributions'];
