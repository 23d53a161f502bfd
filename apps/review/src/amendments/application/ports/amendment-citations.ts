import type { EntityManager } from 'typeorm';

export interface Citation {
  bwbId: string;
  article?: string;
}

/** The regulations each amendment cites, for the regulation index (port). */
export abstract class AmendmentCitations {
  abstract record(tx: EntityManager, amendmentId: string, citations: Citation[]): Promise<void>;
}
