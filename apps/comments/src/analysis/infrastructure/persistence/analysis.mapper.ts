import { AnalysisRevision, ConsultationAnalysis, RevisionKind } from '../../domain/consultation-analysis.aggregate';
import { AnalysisOrmEntity, AnalysisRevisionOrmEntity } from './analysis.orm-entity';

export const AnalysisMapper = {
  toOrm(analysis: ConsultationAnalysis): AnalysisOrmEntity {
    return Object.assign(new AnalysisOrmEntity(), analysis.snapshot());
  },

  toDomain(row: AnalysisOrmEntity): ConsultationAnalysis {
    return ConsultationAnalysis.restore({ ...row, requestedAt: new Date(row.requestedAt), signedOffAt: row.signedOffAt ? new Date(row.signedOffAt) : null });
  },

  revisionToOrm(analysisId: string, r: AnalysisRevision): AnalysisRevisionOrmEntity {
    return Object.assign(new AnalysisRevisionOrmEntity(), { analysisId, seq: r.seq, kind: r.kind, detail: r.detail, actor: r.actor, at: r.at });
  },

  revisionToDomain(row: AnalysisRevisionOrmEntity): AnalysisRevision {
    return { seq: row.seq, kind: row.kind as RevisionKind, detail: row.detail, actor: row.actor, at: new Date(row.at) };
  },
};
