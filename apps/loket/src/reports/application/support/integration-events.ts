import {
  BarrierMarkedDuplicateV1,
  BarrierReopenedV1,
  BarrierReportedV3,
  BarrierResolvedV1,
  BarrierSatisfactionGivenV1,
  BarrierStatusChangedV1,
  BarrierSplitV1,
  BarrierStatusChangedV2,
  BarrierStatusChangedV3,
  BarrierTriagedV1,
  EventEnvelope,
  REPORT_STATUSES_V1,
  REPORT_STATUSES_V2,
} from '@pb/contracts';
import { createEvent } from '@pb/messaging';
import type { Actor } from '../../domain/barrier-report.aggregate';
import {
  BarrierReportEvent,
  ReportMarkedDuplicateEvent,
  ReportReopenedEvent,
  ReportResolvedEvent,
  ReportSatisfactionGivenEvent,
  ReportSplitEvent,
  ReportStatusChangedEvent,
  ReportSubmittedEvent,
  ReportTriagedEvent,
} from '../../domain/barrier-report.events';

const inV1 = (status: string): boolean => (REPORT_STATUSES_V1 as readonly string[]).includes(status);
const inV2 = (status: string): boolean => (REPORT_STATUSES_V2 as readonly string[]).includes(status);

/**
 * Domain events → integration events (contracts). Only what the review needs, never personal
 * data: actors are a role and a pseudonymous id.
 */
export function toIntegrationEvents(events: BarrierReportEvent[], aggregateVersionAfter: number, actor: Actor): EventEnvelope<object>[] {
  return events.map((e, i) => {
    const meta = { aggregateId: e.reportId, aggregateVersion: aggregateVersionAfter - events.length + i + 1, actor };
    if (e instanceof ReportSubmittedEvent) {
      // v3: the regulation as identifiers only; the name the reporter typed stays in the loket.
      const { bwbId, article } = e.regulation.cited ?? e.regulation;
      return createEvent(
        BarrierReportedV3,
        {
          reportId: e.reportId,
          reference: e.reference,
          regulation: { ...(bwbId ? { bwbId } : {}), ...(article ? { article } : {}) },
          technology: e.technology,
          sector: e.sector,
          companySizeClass: e.companySizeClass,
          reporterId: e.reporterId,
          publishConsent: e.publishConsent,
          reportedAt: e.reportedAt.toISOString(),
          triageBy: e.triageBy,
          answerBy: e.answerBy,
        },
        { ...meta, occurredAt: e.reportedAt },
      );
    }
    if (e instanceof ReportTriagedEvent) {
      return createEvent(
        BarrierTriagedV1,
        {
          reportId: e.reportId,
          theme: e.theme,
          strategyVersion: e.strategyVersion,
          priority: e.priority,
          department: e.department,
          ...(e.handlerId ? { handlerId: e.handlerId } : {}),
        },
        { ...meta, occurredAt: e.at },
      );
    }
    if (e instanceof ReportStatusChangedEvent) {
      // The lowest version that can say it: v1 readers keep seeing every transition they know.
      const payload = { reportId: e.reportId, from: e.from, to: e.to, answerBy: e.answerBy };
      if (inV1(e.from) && inV1(e.to)) return createEvent(BarrierStatusChangedV1, payload as BarrierStatusChangedV1, { ...meta, occurredAt: e.at });
      if (inV2(e.from) && inV2(e.to)) return createEvent(BarrierStatusChangedV2, payload as BarrierStatusChangedV2, { ...meta, occurredAt: e.at });
      return createEvent(BarrierStatusChangedV3, payload, { ...meta, occurredAt: e.at });
    }
    if (e instanceof ReportSatisfactionGivenEvent) {
      return createEvent(BarrierSatisfactionGivenV1, { reportId: e.reportId, satisfied: e.satisfied, outcome: e.outcome, round: e.round }, { ...meta, occurredAt: e.at });
    }
    if (e instanceof ReportReopenedEvent) {
      return createEvent(BarrierReopenedV1, { reportId: e.reportId, reopenCount: e.reopenCount, answerBy: e.answerBy }, { ...meta, occurredAt: e.at });
    }
    if (e instanceof ReportResolvedEvent) {
      return createEvent(
        BarrierResolvedV1,
        { reportId: e.reportId, outcome: e.outcome, handlingWorkingDays: e.handlingWorkingDays, overdue: e.overdue, published: e.published },
        { ...meta, occurredAt: e.at },
      );
    }
    if (e instanceof ReportMarkedDuplicateEvent) {
      return createEvent(BarrierMarkedDuplicateV1, { reportId: e.reportId, originalReportId: e.originalReportId }, { ...meta, occurredAt: e.at });
    }
    if (e instanceof ReportSplitEvent) {
      return createEvent(BarrierSplitV1, { reportId: e.reportId, reference: e.reference, parts: e.parts.map((p) => ({ ...p })) }, { ...meta, occurredAt: e.at });
    }
    throw new Error(`no integration event for ${(e as object).constructor.name}`);
  });
}
