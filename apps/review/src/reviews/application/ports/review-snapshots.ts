import type { Tx } from '@pb/persistence';
import type { ReviewSnapshot } from '../../domain/review-builder';

/** Everything a compile needs, read at one moment (port). */
export abstract class ReviewSnapshots {
  /** Call inside a REPEATABLE READ transaction so the counters and the ledger position belong to the same moment. */
  abstract read(tx: Tx, year: number): Promise<ReviewSnapshot>;
}
