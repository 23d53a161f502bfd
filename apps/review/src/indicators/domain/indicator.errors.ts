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
