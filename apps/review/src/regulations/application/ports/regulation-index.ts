/** One regulation's figures in one year. */
export interface RegulationYear {
  year: number;
  /** Barrier reports citing it, reported that year. */
  reports: number;
  /** Of those, the originals of a duplicate cluster (reports with at least one duplicate). */
  clusters: number;
  /** Resolved reports per outcome code. */
  outcomes: Record<string, number>;
  /** Consultation responses whose text cites it, sent that year. */
  responses: number;
  /** Amendments citing it, proposed in that year's review. */
  amendments: number;
}

/** A regulation cited anywhere, with its totals over all years. */
export interface RegulationSummary {
  bwbId: string;
  reports: number;
  clusters: number;
  responses: number;
  amendments: number;
  firstYear: number;
  lastYear: number;
}

export interface CitingReport {
  reportId: string;
  reference: string | null;
  year: number;
  article: string | null;
  status: string | null;
  outcome: string | null;
  /** Duplicates marked against it (its cluster's size minus one). */
  duplicates: number;
  /** In the public register (resolved, with the reporter's consent). */
  published: boolean;
}

export interface CitingResponse {
  responseId: string;
  proposalId: string;
  year: number;
  article: string | null;
  /** Shown on the consultation's page (public and published). */
  visible: boolean;
}

export interface CitingAmendment {
  id: string;
  year: number;
  kind: string;
  themeCode: string;
  status: string;
  summary: string;
  article: string | null;
}

/** Everything that cites one regulation. */
export interface RegulationCitations {
  years: RegulationYear[];
  articles: { article: string; reports: number; responses: number; amendments: number }[];
  reports: CitingReport[];
  responses: CitingResponse[];
  amendments: CitingAmendment[];
}

/** The regulation index: read from the review's projections and its own amendments (port). */
export abstract class RegulationIndex {
  /** Every regulation cited by a report, a response or an amendment, most reported first. */
  abstract summaries(): Promise<RegulationSummary[]>;
  /** What cites `bwbId`, per year and per record (lists newest first, at most `limit` each). */
  abstract citations(bwbId: string, limit: number): Promise<RegulationCitations>;
}
