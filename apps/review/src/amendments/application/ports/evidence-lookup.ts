import type { Tx } from '@pb/persistence';
import type { Citation } from './amendment-citations';

/** Whether the review has seen a piece of evidence in its projections (port). */
export abstract class EvidenceLookup {
  /** A barrier report or cluster by reference or id, a consultation (published proposal) or a response by id. */
  abstract exists(tx: Tx, type: string, id: string): Promise<boolean>;
  /** The regulations a piece of evidence cites: a report's (or cluster original's) regulation, a response's citations; none for a consultation. */
  abstract regulationsOf(tx: Tx, type: string, id: string): Promise<Citation[]>;
}
