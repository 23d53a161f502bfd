import { AggregateRoot } from '@pb/kernel';
import { AnchoredText, firstVersion, nextVersion } from './proposal-text';
import {
  ClosingTimeNotLaterError,
  ClosingTimePassedError,
  ConsultationNotClosedError,
  InvalidConsultationPeriodError,
  ProposalNotChangeableError,
  ProposalNotDraftError,
  TextUnchangedError,
} from './proposal.errors';

export const PROPOSAL_STATUSES = ['draft', 'scheduled', 'open', 'closed', 'answered', 'withdrawn'] as const;
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

export const WITHDRAWAL_REASONS = ['policy-changed', 'superseded', 'error', 'other'] as const;
export type WithdrawalReason = (typeof WITHDRAWAL_REASONS)[number];

export interface Withdrawal {
  reason: WithdrawalReason;
  /** The coordinator's explanation, shown on the proposal's page (never in an event). */
  explanation: string;
  at: string;
}

/**
 * The lifecycle. Opening and closing are the scheduler's (conditional updates in the store); every
 * other arrow is a method below. `answered` and `withdrawn` are final.
 *
 * | from      | edit draft | publish   | open (scheduler) | correct text | extend closing | close (scheduler) | answer   | withdraw  |
 * |-----------|------------|-----------|------------------|--------------|----------------|-------------------|----------|-----------|
 * | draft     | draft      | scheduled | -                | -            | -              | -                 | -        | -         |
 * | scheduled | -          | -         | open             | scheduled    | scheduled      | -                 | -        | withdrawn |
 * | open      | -          | -         | -                | open         | open           | closed            | -        | withdrawn |
 * | closed    | -          | -         | -                | -            | -              | -                 | answered | withdrawn |
 * | answered  | -          | -         | -                | -            | -              | -                 | -        | -         |
 * | withdrawn | -          | -         | -                | -            | -              | -                 | -        | -         |
 *
 * A draft is edited freely (nobody has seen it); once published, the text is corrected as a new
 * text version (responses keep the version they answered) and the closing time only moves later
 * (respondents planned on it). A closed consultation may still be withdrawn before its report.
 */
export const PROPOSAL_TRANSITIONS = {
  editDraft: ['draft'],
  publish: ['draft'],
  correctText: ['scheduled', 'open'],
  extendClosing: ['scheduled', 'open'],
  answer: ['closed'],
  withdraw: ['scheduled', 'open', 'closed'],
} as const satisfies Record<string, readonly ProposalStatus[]>;

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
  /** The current text version with its anchored paragraphs; null while a draft. */
  text: AnchoredText | null;
  withdrawal: Withdrawal | null;
  version: number;
}

export type ProposalEvent =
  | { kind: 'drafted'; at: Date }
  | { kind: 'published'; at: Date }
  | { kind: 'answered'; at: Date; report: ConsultationReport }
  | { kind: 'draft-edited'; at: Date }
  /** `previous`: the text version that was current until now (kept as history by the store). */
  | { kind: 'text-corrected'; at: Date; previous: { version: number; body: string; paragraphs: AnchoredText['paragraphs'] } }
  | { kind: 'closing-extended'; at: Date; previousClosesAt: Date }
  | { kind: 'withdrawn'; at: Date; withdrawal: Withdrawal };

export type DraftInput = Omit<ProposalState, 'status' | 'publishedAt' | 'openedAt' | 'closedAt' | 'answeredAt' | 'report' | 'text' | 'withdrawal' | 'version'>;

/** What a coordinator may change in a draft. */
export type DraftChanges = Pick<ProposalState, 'title' | 'summary' | 'body' | 'theme' | 'strategyVersion' | 'questions' | 'documents' | 'opensAt' | 'closesAt' | 'moderation'>;

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
    const p = new Proposal({ ...input, status: 'draft', publishedAt: null, openedAt: null, closedAt: null, answeredAt: null, report: null, text: null, withdrawal: null, version: 0 });
    p.record({ kind: 'drafted', at: input.createdAt });
    return p;
  }

  static restore(state: ProposalState): Proposal {
    return new Proposal(state);
  }

  /** A draft is changed in place: nobody outside has seen it, so there is no version to keep. */
  editDraft(changes: DraftChanges, now: Date): void {
    if (!this.may('editDraft')) throw new ProposalNotDraftError();
    if (changes.closesAt.getTime() <= changes.opensAt.getTime()) throw new InvalidConsultationPeriodError();
    Object.assign(this.state, changes);
    this.record({ kind: 'draft-edited', at: now });
  }

  /** Publishing schedules the consultation; the scheduler opens it at `opensAt`. Anchors are handed out now. */
  publish(now: Date): void {
    if (!this.may('publish')) throw new ProposalNotDraftError();
    if (this.state.closesAt.getTime() <= now.getTime()) throw new ClosingTimePassedError();
    this.state.status = 'scheduled';
    this.state.publishedAt = now;
    this.state.text = firstVersion(this.state.body);
    this.record({ kind: 'published', at: now });
  }

  /**
   * A correction of the published text: a new text version (see proposal-text.ts for how paragraph
   * anchors carry over). The earlier version is kept, and responses keep the version they answered.
   */
  correctText(body: string, now: Date): void {
    if (!this.may('correctText') || !this.state.text || this.isPastClosing(now)) throw new ProposalNotChangeableError(this.state.status);
    if (body === this.state.body) throw new TextUnchangedError();
    const previous = { version: this.state.text.version, body: this.state.body, paragraphs: this.state.text.paragraphs };
    this.state.text = nextVersion(this.state.text, body);
    this.state.body = body;
    this.record({ kind: 'text-corrected', at: now, previous });
  }

  /** The closing time only moves later, and only while responses can still come in. */
  extendClosing(closesAt: Date, now: Date): void {
    if (!this.may('extendClosing') || this.isPastClosing(now)) throw new ProposalNotChangeableError(this.state.status);
    if (closesAt.getTime() <= this.state.closesAt.getTime()) throw new ClosingTimeNotLaterError();
    const previousClosesAt = this.state.closesAt;
    this.state.closesAt = closesAt;
    this.record({ kind: 'closing-extended', at: now, previousClosesAt });
  }

  /** Withdrawn for good: the page says so and why, and responding stops. */
  withdraw(reason: WithdrawalReason, explanation: string, now: Date): void {
    if (!this.may('withdraw')) throw new ProposalNotChangeableError(this.state.status);
    const withdrawal = { reason, explanation, at: now.toISOString() };
    this.state.status = 'withdrawn';
    this.state.withdrawal = withdrawal;
    this.record({ kind: 'withdrawn', at: now, withdrawal });
  }

  answer(summary: string, answers: ReportAnswer[], now: Date): void {
    if (!this.may('answer')) throw new ConsultationNotClosedError();
    const report = { summary, answers, publishedAt: now.toISOString() };
    this.state.status = 'answered';
    this.state.answeredAt = now;
    this.state.report = report;
    this.record({ kind: 'answered', at: now, report });
  }

  private may(change: keyof typeof PROPOSAL_TRANSITIONS): boolean {
    return (PROPOSAL_TRANSITIONS[change] as readonly ProposalStatus[]).includes(this.state.status);
  }

  /**
   * Past the closing second, even when the scheduler has not closed it yet: the comments service
   * refuses responses from then on, so a correction or extension would come too late.
   */
  private isPastClosing(now: Date): boolean {
    return Math.floor(now.getTime() / 1000) > Math.floor(this.state.closesAt.getTime() / 1000);
  }

  snapshot(): Readonly<ProposalState> {
    return { ...this.state, version: this.version };
  }
}
