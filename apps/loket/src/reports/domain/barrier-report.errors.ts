import { DomainError } from '@pb/kernel';
import type { ReportStatus } from './report-status';

export class ReportNotFoundError extends DomainError {
  readonly code = 'LOKET.REPORT_NOT_FOUND';
  readonly kind = 'not-found' as const;
  constructor() {
    super('errors:loket.report-not-found');
  }
}

/**
 * The answer to a tracking link that does not open a report — unknown reference, wrong token or
 * expired token alike (the same 404, the same code as an unknown report), with the way out.
 */
export class TrackingLinkNotValidError extends DomainError {
  readonly code = 'LOKET.REPORT_NOT_FOUND';
  readonly kind = 'not-found' as const;
  constructor() {
    super('errors:loket.tracking-link-not-valid');
  }
}

/**
 * `satisfied` and `reopen` are the reporter's judgement of a resolved report's answer. `split` is an
 * official's; `parts-ended` is the loket's own, when the last part of a split report has ended.
 */
export type ReportAction = 'triage' | 'start' | 'ask' | 'reply' | 'resolve' | 'reject' | 'duplicate' | 'satisfied' | 'reopen' | 'split' | 'parts-ended';

/** The state machine does not allow this action in the report's current status (409). */
export class TransitionNotAllowedError extends DomainError {
  readonly code = 'LOKET.TRANSITION_NOT_ALLOWED';
  readonly kind = 'conflict' as const;
  constructor(
    readonly status: ReportStatus,
    readonly action: ReportAction,
  ) {
    super('errors:loket.transition-not-allowed', { status: { key: `errors:loket.report-status.${status}` }, action: { key: `errors:loket.report-action.${action}` } });
  }
}

export class UnknownThemeError extends DomainError {
  readonly code = 'LOKET.UNKNOWN_THEME';
  readonly kind = 'invalid' as const;
  constructor(theme: string, version: string) {
    super('errors:loket.unknown-theme', { theme, version });
  }
}

export class NoStrategyVersionError extends DomainError {
  readonly code = 'LOKET.NO_STRATEGY_VERSION';
  readonly kind = 'conflict' as const;
  constructor() {
    super('errors:loket.no-strategy-version');
  }
}

export class OriginalReportNotFoundError extends DomainError {
  readonly code = 'LOKET.ORIGINAL_NOT_FOUND';
  readonly kind = 'invalid' as const;
  constructor() {
    super('errors:loket.original-not-found');
  }
}

export class DuplicateOfItselfError extends DomainError {
  readonly code = 'LOKET.DUPLICATE_OF_ITSELF';
  readonly kind = 'invalid' as const;
  constructor() {
    super('errors:loket.duplicate-of-itself');
  }
}

export class ReporterCannotWriteInternalNoteError extends DomainError {
  readonly code = 'LOKET.REPORTER_INTERNAL_NOTE';
  readonly kind = 'invalid' as const;
  constructor() {
    super('errors:loket.reporter-internal-note');
  }
}

/** The front office (role intake) may declare a report not admissible, but not answer it on substance. */
export class OutcomeIsTheDepartmentsError extends DomainError {
  readonly code = 'LOKET.OUTCOME_IS_THE_DEPARTMENTS';
  readonly kind = 'forbidden' as const;
  constructor() {
    super('errors:loket.outcome-is-the-departments');
  }
}

/** A split needs at least two parts, each for another department, and at most MAX_SPLIT_PARTS. */
export class SplitPartsNotValidError extends DomainError {
  readonly code = 'LOKET.SPLIT_PARTS_NOT_VALID';
  readonly kind = 'invalid' as const;
  constructor(max: number) {
    super('errors:split.parts-not-valid', { max });
  }
}

/** A part of a split report is not split again: the reporter follows one level of parts from one link. */
export class PartCannotBeSplitError extends DomainError {
  readonly code = 'LOKET.PART_CANNOT_BE_SPLIT';
  readonly kind = 'conflict' as const;
  constructor() {
    super('errors:split.part-cannot-be-split');
  }
}
