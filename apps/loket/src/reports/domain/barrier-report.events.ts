import type { CompanySizeClass, Technology } from '@pb/contracts';

/** Domain events of a barrier report (the aggregate's own vocabulary; mapped to contracts on save). */
export class ReportSubmittedEvent {
  constructor(
    readonly reportId: string,
    readonly reference: string,
    readonly title: string,
    readonly regulation: { name: string; article?: string; bwbId?: string },
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

export type BarrierReportEvent = ReportSubmittedEvent;
