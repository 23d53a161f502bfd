import type { CompanySizeClass, Outcome, Priority, Technology } from '@pb/contracts/vocabulary';
import type { ReportStatus } from './report-status';

/** Domain events of a barrier report (the aggregate's own vocabulary; mapped to contracts on save). */
export class ReportSubmittedEvent {
  constructor(
    readonly reportId: string,
    readonly reference: string,
    readonly title: string,
    readonly regulation: { name: string; article?: string; bwbId?: string; cited?: { bwbId?: string; article?: string } },
    readonly technology: Technology,
    readonly sector: string,
    readonly companySizeClass: CompanySizeClass,
    readonly reporterId: string,
    readonly publishConsent: boolean,
    readonly reportedAt: Date,
    readonly triageBy: string,
    readonly answerBy: string,
  ) {}
}

export class ReportTriagedEvent {
  constructor(
    readonly reportId: string,
    readonly theme: string,
    readonly strategyVersion: string,
    readonly priority: Priority,
    readonly department: string,
    readonly handlerId: string | undefined,
    readonly at: Date,
  ) {}
}

export class ReportStatusChangedEvent {
  constructor(
    readonly reportId: string,
    readonly from: ReportStatus,
    readonly to: ReportStatus,
    readonly answerBy: string,
    readonly at: Date,
  ) {}
}

export class ReportResolvedEvent {
  constructor(
    readonly reportId: string,
    readonly outcome: Outcome,
    readonly handlingWorkingDays: number,
    readonly overdue: boolean,
    readonly published: boolean,
    readonly at: Date,
  ) {}
}

export class ReportMarkedDuplicateEvent {
  constructor(
    readonly reportId: string,
    readonly originalReportId: string,
    readonly at: Date,
  ) {}
}

/** The reporter judged the answer: helped (`satisfied`) or not. `round` 1 is the first answer. */
export class ReportSatisfactionGivenEvent {
  constructor(
    readonly reportId: string,
    readonly satisfied: boolean,
    readonly outcome: Outcome,
    readonly round: number,
    readonly at: Date,
  ) {}
}

export class ReportReopenedEvent {
  constructor(
    readonly reportId: string,
    readonly reopenCount: number,
    readonly answerBy: string,
    readonly at: Date,
  ) {}
}

/** The report was split into parts (each a report of its own, for one department). */
export class ReportSplitEvent {
  constructor(
    readonly reportId: string,
    readonly reference: string,
    readonly parts: readonly { reportId: string; reference: string; department: string; answerBy: string }[],
    readonly at: Date,
  ) {}
}

export type BarrierReportEvent =
  | ReportSubmittedEvent
  | ReportTriagedEvent
  | ReportStatusChangedEvent
  | ReportResolvedEvent
  | ReportMarkedDuplicateEvent
  | ReportSatisfactionGivenEvent
  | ReportReopenedEvent
  | ReportSplitEvent;
