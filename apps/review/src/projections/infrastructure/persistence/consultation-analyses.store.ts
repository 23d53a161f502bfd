import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ConsultationAnalyses, SignedOffAnalysis } from '../../application/ports/consultation-analyses';

@Injectable()
export class ConsultationAnalysesStore extends ConsultationAnalyses {
  async record(tx: EntityManager, a: SignedOffAnalysis): Promise<void> {
    await tx.query(
      `INSERT INTO consultation_analyses (proposal_id, analysis_id, responses, themes, stances, revisions, signed_off_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (proposal_id) DO UPDATE SET analysis_id = EXCLUDED.analysis_id, responses = EXCLUDED.responses, themes = EXCLUDED.themes,
              stances = EXCLUDED.stances, revisions = EXCLUDED.revisions, signed_off_at = EXCLUDED.signed_off_at
        WHERE consultation_analyses.signed_off_at <= EXCLUDED.signed_off_at`,
      [a.proposalId, a.analysisId, a.responses, JSON.stringify(a.themes), JSON.stringify(a.stances), a.revisions, a.signedOffAt],
    );
  }
}
