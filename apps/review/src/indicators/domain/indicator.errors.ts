import { DomainError, DomainFieldError } from '@pb/kernel';

export class UnknownIndicatorError extends DomainError {
  readonly code = 'REVIEW.UNKNOWN_INDICATOR';
  readonly kind = 'not-found' as const;
  constructor(id: string) {
    super(`Er is geen indicator ${id}.`, `There is no indicator ${id}.`);
  }
}

export class UnknownCorrectedValueError extends DomainError {
  readonly code = 'REVIEW.UNKNOWN_CORRECTED_VALUE';
  readonly kind = 'invalid' as const;
  constructor() {
    super(
      'De waarde die u wilt corrigeren hoort niet bij deze indicator.',
      'The value you want to correct does not belong to this indicator.',
    );
  }
}

/** A CSV import with at least one bad row: nothing of it is recorded, every bad row is named. */
export class IndicatorImportRejectedError extends DomainError {
  readonly code = 'REVIEW.INDICATOR_IMPORT_REJECTED';
  readonly kind = 'invalid' as const;
  constructor(override readonly fieldErrors: DomainFieldError[]) {
    super(
      `Het bestand is niet ingelezen: ${fieldErrors.length === 1 ? '1 regel klopt' : `${fieldErrors.length} regels kloppen`} niet. Er is niets opgeslagen.`,
      `The file was not imported: ${fieldErrors.length === 1 ? '1 row is' : `${fieldErrors.length} rows are`} wrong. Nothing was saved.`,
    );
  }
}
