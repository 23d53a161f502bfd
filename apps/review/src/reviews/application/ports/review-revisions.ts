import type { KeysetPage, PageRequest } from '@pb/kernel';
import type { Tx } from '@pb/persistence';
import type { FigureDefinition, ReviewContent } from '../../domain/review-content';
import type { AsOf } from './figure-records';

/** The compiled, immutable revisions of each year's review: `reviews` (port). */
export abstract class ReviewRevisions {
  /** The number the year's next revision gets (call under the job's lock). */
  abstract nextRevision(tx: Tx, year: number): Promise<number>;
  /** Stores a revision: its content as JSON text (links already carry the revision) and its figures' definitions. */
  abstract insert(
    tx: Tx,
    revision: { year: number; revision: number; jobId: string; compiledAt: string; asOf: AsOf; contentJson: string; figures: Record<string, FigureDefinition> },
  ): Promise<void>;
  /** The revision's number (the latest when `revision` is absent), or null when there is none. */
  abstract resolve(year: number, revision?: number): Promise<number | null>;
  /** The revision's content (the latest when `revision` is absent), or null. */
  abstract content(year: number, revision?: number): Promise<ReviewContent | null>;
  /** Oldest first, keyset on the revision number. */
  abstract list(year: number, page: PageRequest): Promise<KeysetPage<{ revision: number; compiledAt: Date }>>;
  /** The moment a revision was compiled at and one figure's definition (null when not in it); null when the revision does not exist. */
  abstract figure(year: number, revision: number, figureId: string): Promise<{ asOf: AsOf; figure: FigureDefinition | null } | null>;
}
