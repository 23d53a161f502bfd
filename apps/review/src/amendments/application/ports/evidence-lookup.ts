import type { EntityManager } from 'typeorm';

/** Whether the review has seen a piece of evidence in its projections (port). */
export abstract class EvidenceLookup {
  /** A barrier report or cluster by reference or id, a consultation (published proposal) or a response by id. */
  abstract exists(tx: EntityManager, type: string, id: string): Promise<boolean>;
}
