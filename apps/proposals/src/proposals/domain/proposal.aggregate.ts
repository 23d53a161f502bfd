import { AggregateRoot } from '@pb/kernel';
import { ClosingTimePassedError, ConsultationNotClosedError, InvalidConsultationPeriodError, ProposalNotDraftError } from './proposal.errors';

export const PROPOSAL_STATUSES = ['draft', 'scheduled', 'open', 'closed', 'answered'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];
export type ModerationMode = 'pre' | 'post';

/** Free text, one option, any options, or a 1–5 scale (issue 11 item 6). Stored rows without a kind are free text. */
export type QuestionKind = 'text' | 'single-choice' | 'multiple-choice' | 'scale';

export interface ProposalQuestion {
  id: string;
  text: string;
  kind?: QuestionKind;
  /** The options of a choice question, in the order shown. */
  options?: { id: string; label: string }[];
}

export interface ProposalDocument {
  title: string;
  url: string;
}

export interface ReportAnswer {
  topic: string;
  answer: string;
  responseIds: string[];
}

export interface ConsultationReport {
  summary: string;
  answers: ReportAnswer[];
  publishedAt: string;
}

export interface ProposalState {
  id: string;
  status: ProposalStatus;
  title: string;
  summary: string;
  body: string;
  theme: string;
  strategyVersion: string;
  questions: ProposalQuestion[];
  documents: ProposalDocument[];
  opensAt: Date;
  closesAt: Date;
  moderation: ModerationMode;
  createdBy: string;
  createdAt: Date;
  publishedAt: Date | null;
  openedAt: Date | null;
  closedAt: Date | null;
  answeredAt: Date | null;
  report: ConsultationReport | null;
  version: number;
}

export type ProposalEvent =
  | { kind: 'drafted'; at: Date }
  | { kind: 'published'; at: Date }
  | { kind: 'answered'; at: Date; report: ConsultationReport };

export type DraftInput = Omit<ProposalState, 'status' | 'publishedAt' | 'openedAt' | 'closedAt' | 'answeredAt' | 'report' | 'version'>;

/**
 * A proposal under consultation. Opening and closing are done by the scheduler with conditional
 * updates (see AdvanceScheduleHandler), so several replicas can never open or close one twice.
 */
export class Proposal extends AggregateRoot<ProposalEvent> {
  private constructor(private readonly state: ProposalState) {
    super(state.version);
  }

  static draft(input: DraftInput): Proposal {
    if (input.closesAt.getTime() <= input.opensAt.getTime()) throw new InvalidConsultationPeriodError();
    const p = new Proposal({ ...input, status: 'draft', publishedAt: null, openedAt: null, closedAt: null, answeredAt: null, report: null, version: 0 });
    p.record({ kind: 'drafted', at: input.createdAt });
    return p;
  }

  static restore(state: ProposalState): Proposal {
    return new Proposal(state);
  }

  /** Publishing schedules the consultation; the scheduler opens it at `opensAt`. */
  publish(now: Date): void {
    if (this.state.status !== 'draft') throw new ProposalNotDraftError();
    if (this.state.closesAt.getTime() <= now.getTime()) throw new ClosingTimePassedError();
    this.state.status = 'scheduled';
    this.state.publishedAt = now;
    this.record({ kind: 'published', at: now });
  }

  answer(summary: string, answers: ReportAnswer[], now: Date): void {
    if (this.state.status !== 'closed') throw new ConsultationNotClosedError();
    const report = { summary, answers, publishedAt: now.toISOString() };
    this.state.status = 'answered';
    this.state.answeredAt = now;
    this.state.report = report;
    this.record({ kind: 'answered', at: now, report });
  }

  snapshot(): Readonly<ProposalState> {
    return { ...this.state, version: this.version };
  }
}
