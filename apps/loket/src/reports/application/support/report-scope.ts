import type { Actor } from '../../domain/barrier-report.aggregate';

/**
 * Which reports a staff member may see and act on. An official: the intake queue (reports not yet
 * triaged, i.e. without a department) and the reports triaged to their own department; admin and
 * intake: all. A report outside the scope does not exist for the caller — the same 404 as an
 * unknown reference, so a reference tells nothing about another ministry's work.
 *
 * "Not yet triaged" is "no department", whatever the status: a question asked at intake
 * (waiting_for_reporter) must not make the report vanish from the official who asked it, and a
 * report closed at intake (duplicate, not admissible) stays readable to those who could read it
 * while it was open. Triage always sets a department and nothing ever clears it.
 *
 * A value object: transports build it from whatever identifies the caller (a token's claims), the
 * repository and read model turn it into SQL; handlers only pass it on.
 */
export class ReportScope {
  private constructor(
    /** Absent: every report. */
    private readonly restriction?: { department: string | null },
  ) {}

  static all(): ReportScope {
    return new ReportScope();
  }

  /** The intake queue plus `department`'s reports; without a department the intake queue only. */
  static intakeQueueAnd(department: string | undefined | null): ReportScope {
    return new ReportScope({ department: department?.trim() ? department : null });
  }

  get isAll(): boolean {
    return !this.restriction;
  }

  /**
   * Whether a report triaged to `department` (null: not yet triaged) is in scope — the rule the
   * read model's SQL applies (`scopeCondition`), for reports already loaded.
   */
  includes(department: string | null | undefined): boolean {
    return this.isAll || !department || department === this.restriction!.department;
  }

  /** The one department whose triaged reports are in scope (null: none, or all when `isAll`). */
  get department(): string | null {
    return this.restriction?.department ?? null;
  }
}

/** Who acts (recorded in the timeline, the events and the audit log) and what they may reach. */
export interface StaffAccess {
  by: Actor;
  scope: ReportScope;
}
