import type { Technology, CompanySizeClass, Outcome, Priority } from '@pb/contracts';
import { BarrierReport } from '../../domain/barrier-report.aggregate';
import type { ReportStatus } from '../../domain/report-status';
import { BarrierReportOrmEntity } from './barrier-report.orm-entity';

const opt = <T>(v: T | null): T | undefined => (v === null ? undefined : v);

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
      citedBwbId: s.regulation.cited?.bwbId ?? null,
      citedArticle: s.regulation.cited?.article ?? null,
      technology: s.technology,
      sector: s.sector,
      impact: s.impact ?? null,
      suggestedSolution: s.suggestedSolution ?? null,
      companySizeClass: s.companySizeClass,
      reporterId: s.reporterId,
      publishConsent: s.publishConsent,
      contactConsent: s.contactConsent,
      trackingTokenHash: s.trackingTokenHash,
      trackingTokenIssuedAt: s.trackingTokenIssuedAt,
      receivedAt: s.receivedAt,
      triageBy: s.triageBy,
      answerBy: s.answerBy,
      timeline: s.timeline.map((t) => ({ at: t.at.toISOString(), status: t.status, by: t.by })),
      statusSince: new Date(Math.max(s.receivedAt.getTime(), ...s.timeline.map((t) => t.at.getTime()))),
      version: s.version,
      theme: s.triage?.theme ?? null,
      strategyVersion: s.triage?.strategyVersion ?? null,
      category: s.triage?.category ?? null,
      priority: s.triage?.priority ?? null,
      department: s.triage?.department ?? s.routedDepartment ?? null,
      handlerId: s.triage?.handlerId ?? null,
      outcome: s.outcome ?? null,
      explanation: s.explanation ?? null,
      resolvedAt: s.resolvedAt ?? null,
      originalReportId: s.originalReportId ?? null,
      resumeTo: s.resumeTo ?? null,
      pauses: s.pauses.map((p) => ({ from: p.from.toISOString(), ...(p.to ? { to: p.to.toISOString() } : {}) })),
      reopenedAt: s.reopenedAt ?? null,
      reopenCount: s.reopenCount,
      parentReportId: s.parentReportId ?? null,
    });
  },

  toDomain(row: BarrierReportOrmEntity): BarrierReport {
    return BarrierReport.restore({
      id: row.id,
      reference: row.reference,
      status: row.status as ReportStatus,
      title: row.title,
      description: row.description,
      regulation: {
        name: row.regulationName,
        article: opt(row.regulationArticle),
        bwbId: opt(row.regulationBwbId),
        cited: { ...(row.citedBwbId ? { bwbId: row.citedBwbId } : {}), ...(row.citedArticle ? { article: row.citedArticle } : {}) },
      },
      technology: row.technology as Technology,
      sector: row.sector,
      impact: opt(row.impact),
      suggestedSolution: opt(row.suggestedSolution),
      companySizeClass: row.companySizeClass as CompanySizeClass,
      reporterId: row.reporterId,
      publishConsent: row.publishConsent,
      contactConsent: row.contactConsent,
      trackingTokenHash: row.trackingTokenHash,
      trackingTokenIssuedAt: row.trackingTokenIssuedAt,
      receivedAt: row.receivedAt,
      triageBy: row.triageBy,
      answerBy: row.answerBy,
      timeline: row.timeline.map((t) => ({ at: new Date(t.at), status: t.status as ReportStatus, by: t.by })),
      version: row.version,
      triage:
        row.theme && row.strategyVersion && row.priority && row.department
          ? {
              theme: row.theme,
              strategyVersion: row.strategyVersion,
              category: opt(row.category),
              priority: row.priority as Priority,
              department: row.department,
              handlerId: opt(row.handlerId),
            }
          : undefined,
      outcome: opt(row.outcome) as Outcome | undefined,
      explanation: opt(row.explanation),
      resolvedAt: opt(row.resolvedAt),
      originalReportId: opt(row.originalReportId),
      resumeTo: opt(row.resumeTo) as ReportStatus | undefined,
      pauses: (row.pauses ?? []).map((p) => ({ from: new Date(p.from), to: p.to ? new Date(p.to) : undefined })),
      reopenedAt: opt(row.reopenedAt),
      reopenCount: row.reopenCount ?? 0,
      parentReportId: opt(row.parentReportId ?? null),
      // Only triage and a routing rule set a department: without a triage it was the rule's.
      routedDepartment: !(row.theme && row.strategyVersion && row.priority) && row.department ? row.department : undefined,
    });
  },
};
