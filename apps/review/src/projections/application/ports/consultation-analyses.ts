import type { Tx } from '@pb/persistence';

/** A proposal's signed-off analysis as the annual review needs it: themes (label or none, size) and stances per question. */
export interface SignedOffAnalysis {
  proposalId: string;
  analysisId: string;
  /** Confirmed responses analysed. */
  responses: number;
  themes: { themeId: string; label: string | null; size: number; responseIds: string[] }[];
  stances: { questionId: string; for: number; against: number; mixed: number; unclear: number }[];
  revisions: number;
  signedOffAt: string;
}

/** `consultation_analyses`: the latest signed-off analysis per proposal (port). */
export abstract class ConsultationAnalyses {
  /**
   * Keeps the analysis in the consumer's transaction unless the proposal already has one signed off
   * later: a later sign-off replaces an earlier one, whatever order they arrive in.
   */
  abstract record(tx: Tx, analysis: SignedOffAnalysis): Promise<void>;
}
