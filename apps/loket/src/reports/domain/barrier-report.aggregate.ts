import { AggregateRoot } from '@pb/kernel';
import { MAX_SPLIT_PARTS } from '@pb/contracts/vocabulary';
import type { CompanySizeClass, Outcome, Priority, Technology } from '@pb/contracts/vocabulary';
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
} from './barrier-report.events';
import {
  DuplicateOfItselfError,
  OutcomeIsTheDepartmentsError,
  PartCannotBeSplitError,
  ReportAction,
  SplitPartsNotValidError,
  TransitionNotAllowedError,
} from './barrier-report.errors';
import { NotTriagedYetError } from './desk/desk.errors';
import type { ReportStatus } from './report-status';
import { DeadlinePause, addCalendarDays, deadlineWithPauses, isOverdue, isWorkingDay, toLocalDate } from './working-days';

/** Handling deadlines in working days (docs/product.md, journey 3). */
export const TRIAGE_WITHIN_WORKING_DAYS = 5;
export const ANSWER_WITHIN_WORKING_DAYS = 40;
/** A reopened report gets a new answer deadline, counted from the reopening (issue 10 item 5). */
export const REOPENED_ANSWER_WITHIN_WORKING_DAYS = 10;

/**
 * Statuses in which the report's handling has ended. `resolved` is among them although its reporter
 * may still reopen it: until they do, nobody works on it and no deadline runs.
 */
export const TERMINAL_STATUSES: readonly ReportStatus[] = ['resolved', 'duplicate', 'rejected', 'closed'];

/**
 * The state machine: which action is allowed in which status. Everything not listed is a 409.
 * `ask` in waiting_for_reporter is allowed (a follow-up question) but is not a transition;
 * `reply` outside waiting_for_reporter adds information without a transition.
 */
export const ALLOWED_ACTIONS: Readonly<Record<ReportStatus, readonly ReportAction[]>> = {
  received: ['triage', 'ask', 'reply', 'reject', 'duplicate'],
  // A split needs the triage's theme (the parts keep it) and no open question (the pause is the report's).
  triaged: ['triage', 'start', 'ask', 'reply', 'resolve', 'reject', 'duplicate', 'split'],
  in_progress: ['triage', 'ask', 'reply', 'resolve', 'reject', 'duplicate', 'split'],
  waiting_for_reporter: ['triage', 'start', 'ask', 'reply', 'resolve', 'reject', 'duplicate'],
  // Only the reporter acts on a resolved report: the answer helped (closed) or did not (reopened).
  resolved: ['satisfied', 'reopen'],
  // Back with its handler: handle, ask, answer again (or hand it on); no second intake decision.
  reopened: ['triage', 'start', 'ask', 'reply', 'resolve'],
  closed: [],
  duplicate: [],
  rejected: [],
  // Split: handled in its parts. Nobody acts on the original; it is closed when its last part ends.
  split: ['parts-ended'],
};

/** One part of a split: a department and optionally its handler; the part's id and reference are new. */
export interface SplitPartInput {
  id: string;
  reference: string;
  department: string;
  handlerId?: string;
}

export interface RegulationRef {
  name: string;
  article?: string;
  bwbId?: string;
  /**
   * What events cite (issue 9: no typed name): the BWB id given or found by the regulation index
   * for `name`, and the article given or mentioned in `name`. Identified at intake; without it
   * events cite `bwbId` and `article` as given.
   */
  cited?: RegulationCitation;
}

export interface RegulationCitation {
  bwbId?: string;
  article?: string;
}

export interface Actor {
  /** `intake`: the loket's front office, which reads and triages every report but answers none on substance. */
  role: 'reporter' | 'official' | 'intake' | 'admin' | 'system';
  /** Pseudonymous id (token subject or reporter id), never a name. */
  id: string;
}

export interface TimelineEntry {
  at: Date;
  status: ReportStatus;
  /** Role and pseudonymous id of who caused it. */
  by: Actor | { role: string; id: string };
}

export interface Triage {
  theme: string;
  strategyVersion: string;
  category?: string;
  priority: Priority;
  department: string;
  handlerId?: string;
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
  /** When the current tracking link was issued: it expires a set time later (renewable). */
  trackingTokenIssuedAt: Date;
  receivedAt: Date;
  triageBy: string;
  answerBy: string;
  timeline: TimelineEntry[];
  version: number;
  triage?: Triage;
  outcome?: Outcome;
  explanation?: string;
  resolvedAt?: Date;
  originalReportId?: string;
  /** Status to return to when the reporter answers. */
  resumeTo?: ReportStatus;
  /** While waiting for the reporter the deadline clock stands still. */
  pauses: DeadlinePause[];
  /** The last reopening: from then on the answer is due REOPENED_ANSWER_WITHIN_WORKING_DAYS later. */
  reopenedAt?: Date;
  /** How often the reporter reopened the report (0: never). */
  reopenCount: number;
  /** A part of a split report: the original's id. */
  parentReportId?: string;
  /**
   * The department a routing rule sent the report to at intake (issue 10 item 2): it is in that
   * department's queue instead of the intake queue until triage sets the department for good.
   */
  routedDepartment?: string;
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
  /** Set when a routing rule matched at intake. */
  routedDepartment?: string;
}

export class BarrierReport extends AggregateRoot<BarrierReportEvent> {
  /** The version as loaded, for the optimistic check on save. */
  readonly persistedVersion: number;

  private constructor(private readonly state: BarrierReportState) {
    super(state.version);
    this.persistedVersion = state.version;
  }

  static submit(input: SubmitReportInput): BarrierReport {
    const report = new BarrierReport({
      ...input,
      trackingTokenIssuedAt: input.receivedAt,
      status: 'received',
      triageBy: '',
      answerBy: '',
      timeline: [{ at: input.receivedAt, status: 'received', by: { role: 'reporter', id: input.reporterId } }],
      pauses: [],
      reopenCount: 0,
      version: 0,
    });
    report.recomputeDeadlines(input.receivedAt);
    const s = report.state;
    report.record(
      new ReportSubmittedEvent(
        s.id,
        s.reference,
        s.title,
        s.regulation,
        s.technology,
        s.sector,
        s.companySizeClass,
        s.reporterId,
        s.publishConsent,
        s.receivedAt,
        s.triageBy,
        s.answerBy,
      ),
    );
    return report;
  }

  static restore(state: BarrierReportState): BarrierReport {
    return new BarrierReport(state);
  }

  snapshot(): Readonly<BarrierReportState> {
    return { ...this.state, version: this.version, timeline: [...this.state.timeline], pauses: [...this.state.pauses] };
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
  get reporterId(): string {
    return this.state.reporterId;
  }
  get originalReportId(): string | undefined {
    return this.state.originalReportId;
  }
  get reopenCount(): number {
    return this.state.reopenCount;
  }
  get parentReportId(): string | undefined {
    return this.state.parentReportId;
  }
  /** Handling has ended (a part that has ended lets its original end once its siblings have). */
  get hasEnded(): boolean {
    return TERMINAL_STATUSES.includes(this.status);
  }
  /** Whose queue the report is in: the triage's department, else the one a routing rule chose, else none (intake). */
  get department(): string | undefined {
    return this.state.triage?.department ?? this.state.routedDepartment;
  }

  static allows(status: ReportStatus, action: ReportAction): boolean {
    return ALLOWED_ACTIONS[status].includes(action);
  }

  /** Classify and assign. The first triage moves the report to `triaged`; later ones re-assign. */
  triage(triage: Triage, by: Actor, at: Date): void {
    this.guard('triage');
    this.state.triage = { ...triage };
    this.record(new ReportTriagedEvent(this.id, triage.theme, triage.strategyVersion, triage.priority, triage.department, triage.handlerId, at));
    if (this.status === 'received') this.transition('triaged', by, at);
  }

  /**
   * Hand a triaged report to another handler (the desk's bulk assign): a re-triage that keeps the
   * theme, priority and department, so it is told as the same ReportTriaged event and no status
   * changes. A report still in intake has no triage to keep: it is triaged first.
   */
  assign(handlerId: string, by: Actor, at: Date): void {
    this.guard('triage');
    if (!this.state.triage) throw new NotTriagedYetError();
    if (this.state.triage.handlerId === handlerId) return;
    this.state.triage = { ...this.state.triage, handlerId };
    const t = this.state.triage;
    this.record(new ReportTriagedEvent(this.id, t.theme, t.strategyVersion, t.priority, t.department, handlerId, at));
  }

  startHandling(by: Actor, at: Date): void {
    this.guard('start');
    // An official may resume a waiting report (e.g. the reporter answered by phone).
    this.closePause(at);
    this.state.resumeTo = undefined;
    this.transition('in_progress', by, at);
  }

  /** A question to the reporter stops the deadline clock until they answer. */
  askReporter(by: Actor, at: Date): void {
    this.guard('ask');
    if (this.status === 'waiting_for_reporter') return;
    // A reopened report that waits for its reporter returns to `reopened`, so the queue keeps saying so.
    this.state.resumeTo = this.status === 'received' || this.status === 'reopened' ? this.status : 'in_progress';
    this.state.pauses.push({ from: at });
    this.transition('waiting_for_reporter', by, at);
  }

  /** The reporter answers or adds information; an answer to a question restarts the clock. */
  reporterReplied(at: Date): void {
    this.guard('reply');
    if (this.status !== 'waiting_for_reporter') return;
    this.closePause(at);
    const to = this.state.resumeTo ?? 'in_progress';
    this.state.resumeTo = undefined;
    this.transition(to, { role: 'reporter', id: this.state.reporterId }, at);
  }

  resolve(outcome: Outcome, explanation: string, by: Actor, at: Date): void {
    this.guard(outcome === 'not-admissible' ? 'reject' : 'resolve');
    // The answer on substance is given by the ministry that owns the regulation; the front office
    // may only turn away what is not a barrier report at all.
    if (by.role === 'intake' && outcome !== 'not-admissible') throw new OutcomeIsTheDepartmentsError();
    this.closePause(at);
    this.state.outcome = outcome;
    this.state.explanation = explanation;
    this.state.resolvedAt = at;
    const overdue = isOverdue(this.state.answerBy, at);
    const to: ReportStatus = outcome === 'not-admissible' ? 'rejected' : 'resolved';
    this.transition(to, by, at);
    this.record(new ReportResolvedEvent(this.id, outcome, this.handlingWorkingDays(at), overdue, to === 'resolved' && this.state.publishConsent, at));
  }

  /** The reporter says the answer helped: the report is closed for good. */
  acceptAnswer(at: Date): void {
    this.guard('satisfied');
    this.recordSatisfaction(true, at);
    this.transition('closed', this.reporter, at);
  }

  /**
   * The reporter says the answer did not help (their reason goes to the handler as a message): the
   * report goes back to its handler, with a new deadline counted from now.
   */
  reopen(at: Date): void {
    this.guard('reopen');
    this.recordSatisfaction(false, at);
    this.state.reopenCount += 1;
    this.state.reopenedAt = at;
    this.transition('reopened', this.reporter, at);
    this.record(new ReportReopenedEvent(this.id, this.state.reopenCount, this.state.answerBy, at));
  }

  markDuplicateOf(original: BarrierReport, by: Actor, at: Date): void {
    this.guard('duplicate');
    // Always link to the root of a cluster so a cluster is one level deep.
    const originalId = original.originalReportId ?? original.id;
    if (originalId === this.id) throw new DuplicateOfItselfError();
    this.closePause(at);
    this.state.originalReportId = originalId;
    this.transition('duplicate', by, at);
    this.record(new ReportMarkedDuplicateEvent(this.id, originalId, at));
  }

  /**
   * Splits the report into parts for different departments. Each part is a report of its own (new
   * id and reference, its own status, handler and deadline) that starts triaged under the original's
   * theme; the original moves to `split` and waits for them. A part's deadline is the original's as
   * it stands (the reporter was promised an answer by then); from here on each part keeps its own.
   * The parts record no events of their own: ReportSplitEvent on the original tells of them.
   */
  /** Throws what `split` would for parts to these departments, without changing anything. */
  checkSplit(departments: readonly string[]): void {
    this.guard('split');
    if (this.state.parentReportId) throw new PartCannotBeSplitError();
    if (departments.length < 2 || departments.length > MAX_SPLIT_PARTS || new Set(departments).size !== departments.length) throw new SplitPartsNotValidError(MAX_SPLIT_PARTS);
  }

  split(parts: readonly SplitPartInput[], by: Actor, at: Date): BarrierReport[] {
    this.checkSplit(parts.map((p) => p.department));
    // Guarded to triaged/in_progress, which always have a triage.
    const triage = this.state.triage!;
    const created = parts.map(
      (p) =>
        new BarrierReport({
          ...this.state,
          id: p.id,
          reference: p.reference,
          status: 'triaged',
          // Reached through the original's link (and the part's own mailed links), never its own token.
          trackingTokenHash: '',
          trackingTokenIssuedAt: at,
          timeline: [{ at, status: 'triaged', by: { role: by.role, id: by.id } }],
          version: 0,
          triage: { ...triage, department: p.department, handlerId: p.handlerId },
          outcome: undefined,
          explanation: undefined,
          resolvedAt: undefined,
          originalReportId: undefined,
          resumeTo: undefined,
          pauses: this.state.pauses.map((pause) => ({ ...pause })),
          parentReportId: this.id,
        }),
    );
    for (const part of created) part.recomputeDeadlines(at);
    this.transition('split', by, at);
    this.record(
      new ReportSplitEvent(
        this.id,
        this.reference,
        created.map((p) => ({ reportId: p.id, reference: p.reference, department: p.state.triage!.department, answerBy: p.state.answerBy })),
        at,
      ),
    );
    return created;
  }

  /** The last part of this split report has ended: so has the report (closed, by the loket itself). */
  partsEnded(at: Date): void {
    this.guard('parts-ended');
    this.transition('closed', { role: 'system', id: 'loket' }, at);
  }

  /**
   * A new private link for the reporter ("link kwijt"): the old token stops working at once. No
   * status change and no event: the link is a private matter between the loket and the reporter.
   */
  renewTrackingToken(tokenHash: string, at: Date): void {
    this.state.trackingTokenHash = tokenHash;
    this.state.trackingTokenIssuedAt = at;
  }

  /** Overdue now: the running deadline has passed (never while paused or once closed). */
  isOverdue(now: Date): boolean {
    // A split report's deadlines run in its parts.
    if (TERMINAL_STATUSES.includes(this.status) || this.status === 'waiting_for_reporter' || this.status === 'split') return false;
    const { triageBy, answerBy } = this.deadlines(now);
    return (this.status === 'received' && isOverdue(triageBy, now)) || isOverdue(answerBy, now);
  }

  /** Deadlines as they stand at `now` (an open pause keeps moving them). */
  deadlines(now: Date): { triageBy: string; answerBy: string } {
    if (!this.state.pauses.some((p) => !p.to)) return { triageBy: this.state.triageBy, answerBy: this.state.answerBy };
    return {
      triageBy: deadlineWithPauses(this.state.receivedAt, TRIAGE_WITHIN_WORKING_DAYS, this.state.pauses, now),
      answerBy: this.answerDeadline(now),
    };
  }

  /** Working days from receipt to `at`, days touched by a pause excluded. */
  handlingWorkingDays(at: Date): number {
    const paused = new Set<string>();
    for (const p of this.state.pauses) {
      const last = toLocalDate(new Date((p.to ?? at).getTime() - (p.to ? 1 : 0)));
      for (let d = toLocalDate(p.from); d <= last; d = addCalendarDays(d, 1)) paused.add(d);
    }
    let count = 0;
    const end = toLocalDate(at);
    for (let d = addCalendarDays(toLocalDate(this.state.receivedAt), 1); d <= end; d = addCalendarDays(d, 1)) {
      if (isWorkingDay(d) && !paused.has(d)) count++;
    }
    return count;
  }

  private get reporter(): Actor {
    return { role: 'reporter', id: this.state.reporterId };
  }

  private recordSatisfaction(satisfied: boolean, at: Date): void {
    // Guarded to `resolved`, which always has an outcome.
    this.record(new ReportSatisfactionGivenEvent(this.id, satisfied, this.state.outcome!, this.state.reopenCount + 1, at));
  }

  private guard(action: ReportAction): void {
    if (!BarrierReport.allows(this.status, action)) throw new TransitionNotAllowedError(this.status, action);
  }

  private closePause(at: Date): void {
    const open = this.state.pauses.find((p) => !p.to);
    if (open) open.to = at;
  }

  private transition(to: ReportStatus, by: Actor, at: Date): void {
    const from = this.state.status;
    this.state.status = to;
    this.recomputeDeadlines(at);
    this.state.timeline.push({ at, status: to, by: { role: by.role, id: by.id } });
    this.record(new ReportStatusChangedEvent(this.id, from, to, this.state.answerBy, at));
  }

  private recomputeDeadlines(now: Date): void {
    this.state.triageBy = deadlineWithPauses(this.state.receivedAt, TRIAGE_WITHIN_WORKING_DAYS, this.state.pauses, now);
    this.state.answerBy = this.answerDeadline(now);
  }

  private answerDeadline(now: Date): string {
    const { reopenedAt, receivedAt, pauses } = this.state;
    return reopenedAt
      ? deadlineWithPauses(reopenedAt, REOPENED_ANSWER_WITHIN_WORKING_DAYS, pauses, now)
      : deadlineWithPauses(receivedAt, ANSWER_WITHIN_WORKING_DAYS, pauses, now);
  }
}
