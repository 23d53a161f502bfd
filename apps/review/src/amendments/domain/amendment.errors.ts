import { DomainError } from '@pb/kernel';

export class AmendmentNotFoundError extends DomainError {
  readonly code = 'REVIEW.AMENDMENT_NOT_FOUND';
  readonly kind = 'not-found' as const;
  constructor() {
    super('Deze wijziging bestaat niet.', 'This amendment does not exist.');
  }
}

export class AmendmentAlreadyDecidedError extends DomainError {
  readonly code = 'REVIEW.AMENDMENT_DECIDED';
  readonly kind = 'conflict' as const;
  constructor(status: string) {
    super(`Over deze wijziging is al besloten (${status}).`, `This amendment has been decided already (${status}).`);
  }
}

export class UnknownThemeError extends DomainError {
  readonly code = 'REVIEW.UNKNOWN_THEME';
  readonly kind = 'invalid' as const;
  constructor(code: string, version: string | null) {
    super(`Thema ${code} bestaat niet in strategieversie ${version ?? '(geen)'}.`, `Theme ${code} does not exist in strategy version ${version ?? '(none)'}.`);
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
    super(`Het bewijs ${type} ${id} is onbekend bij de review.`, `The evidence ${type} ${id} is not known to the review.`);
  }
}

export class NoAcceptedAmendmentsError extends DomainError {
  readonly code = 'REVIEW.NO_ACCEPTED_AMENDMENTS';
  readonly kind = 'conflict' as const;
  constructor(year: number) {
    super(`Er zijn geen aanvaarde wijzigingen uit ${year} die nog niet in een strategieversie zijn gevraagd.`, `No accepted amendments of ${year} wait for a strategy version.`);
  }
}
