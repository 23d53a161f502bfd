import type { Tx } from '@pb/persistence';

export interface Citation {
  bwbId: string;
  article?: string;
}

/** The regulations each amendment cites, for the regulation index (port). */
export abstract class AmendmentCitations {
  abstract record(tx: Tx, amendmentId: string, citations: Citation[]): Promise<void>;
}
