import { AggregateRoot } from '@pb/kernel';
import type { CompanySizeClass, Technology } from '@pb/contracts';
import { BarrierReportEvent, ReportSubmittedEvent } from './barrier-report.events';
import type { ReportStatus } from './report-status';
import { addWorkingDays } from './working-days';

/** Handling deadlines in working days (product.md, journey 3). */
export const TRIAGE_WITHIN_WORKING_DAYS = 5;
export const ANSWER_WITHIN_WORKING_DAYS = 40;

export interface RegulationRef {
  name: string;
  article?: string;
  bwbId?: string;
}

export interface TimelineEntry {
  at: Date;
  status: ReportStatus;
  /** Role and pseudonymous id of who caused it. */
  by: { role: string; id: string };
}

export interface BarrierReportState {
  id: string;
  reference: string;
  status: ReportStatus;
  title: string;
  description: string;
  regulation: RegulationRef;
  technology: Technology;
  sector: string;
  impact?: string;
  suggestedSolution?: string;
  companySizeClass: CompanySizeClass;
  reporterId: string;
  publishConsent: boolean;
  contactConsent: boolean;
  trackingTokenHash: string;
  receivedAt: Date;
  triageBy: string;
  answerBy: string;
  timeline: TimelineEntry[];
  version: number;
}

export interface SubmitReportInput {
  id: string;
  reference: string;
  title: string;
  description: string;
  regulation: RegulationRef;
  technology: Technology;
  sector: string;
  impact?: string;
  suggestedSolution?: string;
  companySizeClass: CompanySizeClass;
  reporterId: string;
  publishConsent: boolean;
  contactConsent: boolean;
  trackingTokenHash: string;
  receivedAt: Date;
}

export class BarrierReport extends AggregateRoot<BarrierReportEvent> {
  private constructor(private readonly state: BarrierReportState) {
    super(state.version);
  }

  static submit(input: SubmitReportInput): BarrierReport {
    const triageBy = addWorkingDays(input.receivedAt, TRIAGE_WITHIN_WORKING_DAYS);
    const answerBy = addWorkingDays(input.receivedAt, ANSWER_WITHIN_WORKING_DAYS);
    const report = new BarrierReport({
      ...input,
      status: 'received',
      triageBy,
      answerBy,
      timeline: [{ at: input.receivedAt, status: 'received', by: { role: 'reporter', id: input.reporterId } }],
      version: 0,
    });
    report.record(
      new ReportSubmittedEvent(
        input.id,
        input.reference,
        input.title,
        input.regulation,
        input.technology,
        input.sector,
        input.companySizeClass,
        input.reporterId,
        input.publishConsent,
        input.receivedAt,
        triageBy,
        answerBy,
      ),
    );
    return report;
  }

  static restore(state: BarrierReportState): BarrierReport {
    return new BarrierReport(state);
  }

  snapshot(): Readonly<BarrierReportState> {
    return { ...this.state, version: this.version, timeline: [...this.state.timeline] };
  }

  get id(): string {
    return this.state.id;
  }
  get reference(): string {
    return this.state.reference;
  }
  get status(): ReportStatus {
    return this.state.status;
  }
}
