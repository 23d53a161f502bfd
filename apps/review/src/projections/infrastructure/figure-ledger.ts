import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { parseKey } from '../domain/figure-key';

/**
 * Writes to the figure ledger inside the consumer's transaction. A record's weight on a key says
 * how often it counts (1 for a report, the number of responses for a respondent); a figure counts
 * the records with a positive weight. Each time a record starts or stops counting, one row goes to
 * `figure_contributions`, which is what drill-downs read "as of" a compiled review.
 */
@Injectable()
export class FigureLedger {
  /**
   * Projection writes take one transaction-scoped lock first, so they commit one at a time: the
   * ledger's positions then commit in order (a drill-down "as of" a position is exact), and two
   * consumers (replicas, or a replay beside a live group) can neither deadlock on hot counters nor
   * miss each other's rows. Take it before touching any row.
   */
  async serialize(manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(7420300)`);
  }

  /** Applies weight changes for one record. Keys are locked in sorted order so concurrent consumers cannot deadlock. */
  async adjust(manager: EntityManager, recordId: string, deltas: Map<string, number>): Promise<void> {
    const entries = [...deltas.entries()].filter(([, d]) => d !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    if (!entries.length) return;
    const parsed = entries.map(([k]) => parseKey(k));
    await manager.query(
      `WITH input AS (
         SELECT * FROM unnest($2::text[], $3::int[], $4::text[], $5::int[], $6::text[], $7::text[]) AS i(key, delta, metric, year, theme, dimension)
       ),
       up AS (
         INSERT INTO figure_members (key, record_id, weight) SELECT key, $1, delta FROM input ORDER BY key
         ON CONFLICT (key, record_id) DO UPDATE SET weight = figure_members.weight + EXCLUDED.weight
         RETURNING key, weight
       ),
       crossed AS (
         SELECT i.*, CASE WHEN up.weight - i.delta <= 0 AND up.weight > 0 THEN 1
                          WHEN up.weight - i.delta > 0 AND up.weight <= 0 THEN -1 ELSE 0 END AS change
           FROM input i JOIN up USING (key)
       ),
       counted AS (
         INSERT INTO figure_counters (key, metric, year, theme, dimension, value)
         SELECT key, metric, year, theme, dimension, change FROM crossed WHERE change <> 0 ORDER BY key
         ON CONFLICT (key) DO UPDATE SET value = figure_counters.value + EXCLUDED.value
         RETURNING 1
       )
       INSERT INTO figure_contributions (key, record_id, delta) SELECT key, $1, change FROM crossed WHERE change <> 0 ORDER BY key`,
      [
        recordId,
        entries.map(([k]) => k),
        entries.map(([, d]) => d),
        parsed.map((p) => p.metric),
        parsed.map((p) => p.year),
        parsed.map((p) => p.theme),
        parsed.map((p) => p.dimension),
      ],
    );
    // Rows that dropped to nothing go, so the projection's content does not depend on arrival order.
    if (!entries.some(([, d]) => d < 0)) return;
    await manager.query(`DELETE FROM figure_members WHERE record_id = $1 AND key = ANY($2::text[]) AND weight <= 0`, [recordId, entries.map(([k]) => k)]);
    await manager.query(`DELETE FROM figure_counters WHERE key = ANY($1::text[]) AND value = 0`, [entries.map(([k]) => k)]);
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
}

/** The tables a replay empties: everything learnt from events, nothing the review decided itself. */
export const PROJECTION_TABLES = ['report_facts', 'proposal_facts', 'response_facts', 'strategy_versions', 'strategy_themes', 'figure_counters', 'figure_members', 'figure_contributions'];
