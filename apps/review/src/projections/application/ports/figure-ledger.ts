import type { Tx } from '@pb/persistence';

/**
 * The figure ledger: which records count towards which figure key, with what weight. A record's
 * weight on a key says how often it counts (1 for a report, the number of responses for a
 * respondent); a figure counts the records with a positive weight. Each time a record starts or
 * stops counting the ledger logs it, which is what drill-downs read "as of" a compiled review.
 */
export abstract class FigureLedger {
  /** Applies weight changes (per key) for one record; in a consumer's transaction only the net change per record and key is written. */
  abstract adjust(tx: Tx, recordId: string, deltas: Map<string, number>): Promise<void>;
  /** Moves a record from the keys it counted for to the keys it counts for now (weight 1 each). */
  async move(tx: Tx, recordId: string, before: string[], after: string[]): Promise<void> {
    const deltas = new Map<string, number>();
    const was = new Set(before);
    const is = new Set(after);
    for (const k of was) if (!is.has(k)) deltas.set(k, -1);
    for (const k of is) if (!was.has(k)) deltas.set(k, 1);
    await this.adjust(tx, recordId, deltas);
  }
}
