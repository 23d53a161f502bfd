import { DomainError, DomainFieldError } from '@pb/kernel';

export class UnknownIndicatorError extends DomainError {
  readonly code = 'REVIEW.UNKNOWN_INDICATOR';
  readonly kind = 'not-found' as const;
  constructor(id: string) {
    super('errors:review.unknown-indicator', { id });
  }
}

export class UnknownCorrectedValueError extends DomainError {
  readonly code = 'REVIEW.UNKNOWN_CORRECTED_VALUE';
  readonly kind = 'invalid' as const;
  constructor() {
    super('errors:review.unknown-corrected-value');
  }
}

/** A CSV import with at least one bad row: nothing of it is recorded, every bad row is named. */
export class IndicatorImportRejectedError extends DomainError {
  readonly code = 'REVIEW.INDICATOR_IMPORT_REJECTED';
  readonly kind = 'invalid' as const;
  constructor(override readonly fieldErrors: DomainFieldError[]) {
    super('errors:review.indicator-import-rejected', { count: fieldErrors.length });
  }
}

/** The strategy version an indicator is defined for is not one the review learnt of. */
export class UnknownIndicatorStrategyVersionError extends DomainError {
  readonly code = 'REVIEW.UNKNOWN_STRATEGY_VERSION';
  readonly kind = 'not-found' as const;
  constructor(version: string) {
    super('errors:review.unknown-strategy-version', { version });
  }
}

/** The version is known, but has no ambition (theme) with this code. */
export class UnknownAmbitionError extends DomainError {
  readonly code = 'REVIEW.UNKNOWN_AMBITION';
  readonly kind = 'not-found' as const;
  constructor(version: string, theme: string) {
    super('errors:review.unknown-ambition', { version, theme });
  }
}

/** A code names one indicator per strategy version: the monitor, the events and the open data key on it. */
export class DuplicateIndicatorCodeError extends DomainError {
  readonly code = 'REVIEW.DUPLICATE_INDICATOR_CODE';
  readonly kind = 'conflict' as const;
  constructor(version: string, code: string) {
    super('errors:review.duplicate-indicator-code', { version, code });
  }
}
