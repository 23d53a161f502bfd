import { DomainError } from '@pb/kernel';

export class AmendmentNotFoundError extends DomainError {
  readonly code = 'REVIEW.AMENDMENT_NOT_FOUND';
  readonly kind = 'not-found' as const;
  constructor() {
    super('errors:review.amendment-not-found');
  }
}

export class AmendmentAlreadyDecidedError extends DomainError {
  readonly code = 'REVIEW.AMENDMENT_DECIDED';
  readonly kind = 'conflict' as const;
  constructor(status: string) {
    super('errors:review.amendment-decided', { status });
  }
}

export class UnknownThemeError extends DomainError {
  readonly code = 'REVIEW.UNKNOWN_THEME';
  readonly kind = 'invalid' as const;
  constructor(code: string, version: string | null) {
    super(version === null ? 'errors:review.unknown-theme-no-version' : 'errors:review.unknown-theme', version === null ? { theme: code } : { theme: code, version });
  }
}

export class InvalidAmendmentError extends DomainError {
  readonly code = 'REVIEW.INVALID_AMENDMENT';
  readonly kind = 'invalid' as const;
}

export class UnknownEvidenceError extends DomainError {
  readonly code = 'REVIEW.UNKNOWN_EVIDENCE';
  readonly kind = 'invalid' as const;
  constructor(type: string, id: string) {
    super('errors:review.unknown-evidence', { type, id });
  }
}

export class NoAcceptedAmendmentsError extends DomainError {
  readonly code = 'REVIEW.NO_ACCEPTED_AMENDMENTS';
  readonly kind = 'conflict' as const;
  constructor(year: number) {
    super('errors:review.no-accepted-amendments', { year });
  }
}
