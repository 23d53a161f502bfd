import type { Technology, CompanySizeClass } from '@pb/contracts';
import { BarrierReport } from '../../domain/barrier-report.aggregate';
import type { ReportStatus } from '../../domain/report-status';
import { BarrierReportOrmEntity } from './barrier-report.orm-entity';

export const BarrierReportMapper = {
  toOrm(report: BarrierReport): BarrierReportOrmEntity {
    const s = report.snapshot();
    return Object.assign(new BarrierReportOrmEntity(), {
      id: s.id,
      reference: s.reference,
      status: s.status,
      title: s.title,
      description: s.description,
      regulationName: s.regulation.name,
      regulationArticle: s.regulation.article ?? null,
      regulationBwbId: s.regulation.bwbId ?? null,
      technology: s.technology,
      sector: s.sector,
      impact: s.impact ?? null,
      suggestedSolution: s.suggestedSolution ?? null,
      companySizeClass: s.companySizeClass,
      reporterId: s.reporterId,
      publishConsent: s.publishConsent,
      contactConsent: s.contactConsent,
      trackingTokenHash: s.trackingTokenHash,
      receivedAt: s.receivedAt,
      triageBy: s.triageBy,
      answerBy: s.answerBy,
      timeline: s.timeline.map((t) => ({ at: t.at.toISOString(), status: t.status, by: t.by })),
      version: s.version,
    });
  },

  toDomain(row: BarrierReportOrmEntity): BarrierReport {
    return BarrierReport.restore({
      id: row.id,
      reference: row.reference,
      status: row.status as ReportStatus,
      title: row.title,
      description: row.description,
      regulation: { name: row.regulationName, article: row.regulationArticle ?? undefined, bwbId: row.regulationBwbId ?? undefined },
      technology: row.technology as Technology,
      sector: row.sector,
      impact: row.impact ?? undefined,
      suggestedSolution: row.suggestedSolution ?? undefined,
      companySizeClass: row.companySizeClass as CompanySizeClass,
      reporterId: row.reporterId,
      publishConsent: row.publishConsent,
      contactConsent: row.contactConsent,
      trackingTokenHash: row.trackingTokenHash,
      receivedAt: row.receivedAt,
      triageBy: row.triageBy,
      answerBy: row.answerBy,
      timeline: row.timeline.map((t) => ({ at: new Date(t.at), status: t.status as ReportStatus, by: t.by })),
      version: row.version,
    });
  },
};
