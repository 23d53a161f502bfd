import type { Tx } from '@pb/persistence';
import type { AnalysisRevision, ConsultationAnalysis } from '../../domain/consultation-analysis.aggregate';

/** The analysis aggregate's own table (`analyses`) and its revision log, in the caller's transaction. */
export abstract class AnalysisRepository {
  /** Inserts a queued analysis, or answers the id of the proposal's analysis already queued or running. */
  abstract queue(tx: Tx, analysis: ConsultationAnalysis): Promise<{ id: string; created: boolean }>;
  abstract find(tx: Tx, id: string, options?: { lock?: boolean }): Promise<ConsultationAnalysis | null>;
  /** Writes the aggregate (optimistic: the version it was loaded with) and appends its new revisions. */
  abstract save(tx: Tx, analysis: ConsultationAnalysis): Promise<void>;
  /** The newest analysis of a proposal (any status), or its newest signed-off one. */
  abstract latestId(tx: Tx, proposalId: string, signedOffOnly: boolean): Promise<string | null>;
  abstract revisions(tx: Tx, id: string): Promise<AnalysisRevision[]>;
}
