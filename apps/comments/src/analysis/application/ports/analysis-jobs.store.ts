import type { AnalysedQuestion, AnalysedResponse } from '../../domain/analyse-responses';

/** The job side of `analyses` (claims and leases) and what a job reads: set-based SQL in infrastructure. */
export abstract class AnalysisJobs {
  /**
   * Claims the oldest queued analysis, or a running one whose lease ran out (its process died):
   * marks it running with a lease and counts the attempt. Null when there is none.
   */
  abstract claim(leaseSeconds: number): Promise<{ id: string; proposalId: string; attempts: number } | null>;
  /** Extends the lease while a long analysis runs. */
  abstract extendLease(id: string, leaseSeconds: number): Promise<void>;
  /** The proposal's questions and its confirmed, not rejected, top-level responses (erased ones have no text and are left out), each with its attachments' extracted text and whether that is public. */
  abstract source(proposalId: string): Promise<{ questions: AnalysedQuestion[]; responses: AnalysedResponse[] }>;
  /** The texts of some responses (for summary sentences), without erased ones. */
  abstract responses(proposalId: string, ids: readonly string[]): Promise<AnalysedResponse[]>;
  /** The proposal's questions; null for a proposal the service does not know. */
  abstract questions(proposalId: string): Promise<AnalysedQuestion[] | null>;
}
