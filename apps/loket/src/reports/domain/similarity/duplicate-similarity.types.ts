import type { TextSignature } from './text-signature.util';

export interface RegulationReference {
  name: string;
  article?: string;
  bwbId?: string;
}

/** The parts of a barrier report that duplicate detection looks at. */
export interface SimilarityReport {
  id: string;
  title: string;
  description: string;
  regulation: RegulationReference;
  technology: string;
}

/** A report as the service can keep it per row: the text reduced to its stored signature. */
export interface IndexedReport {
  id: string;
  signature: TextSignature;
  regulation: RegulationReference;
  technology: string;
}

export type SimilarityReason = 'same-regulation' | 'same-article' | 'similar-text' | 'same-technology';

export interface DuplicateCandidate {
  id: string;
  /** 0..1, rounded to 4 decimals so equal scores compare equal across platforms. */
  score: number;
  reasons: SimilarityReason[];
}

export interface RankOptions {
  /** Candidates must score at least this; default DEFAULT_DUPLICATE_THRESHOLD. */
  threshold?: number;
  /** At most this many candidates; default DEFAULT_DUPLICATE_LIMIT. */
  limit?: number;
}
