import { DomainError } from '@pb/kernel';

export class ProposalNotFoundError extends DomainError {
  readonly code = 'PROPOSALS.NOT_FOUND';
  readonly kind = 'not-found' as const;
  constructor() {
    super('errors:proposals.not-found');
  }
}

export class UnknownThemeError extends DomainError {
  readonly code = 'PROPOSALS.UNKNOWN_THEME';
  readonly kind = 'invalid' as const;
  constructor(theme: string, version: string) {
    super('errors:proposals.unknown-theme', { theme, version });
  }
}

export class InvalidConsultationPeriodError extends DomainError {
  readonly code = 'PROPOSALS.INVALID_PERIOD';
  readonly kind = 'invalid' as const;
  constructor() {
    super('errors:proposals.invalid-period');
  }
}

export class ProposalNotDraftError extends DomainError {
  readonly code = 'PROPOSALS.NOT_A_DRAFT';
  readonly kind = 'conflict' as const;
  constructor() {
    super('errors:proposals.not-a-draft');
  }
}

export class ClosingTimePassedError extends DomainError {
  readonly code = 'PROPOSALS.CLOSING_TIME_PASSED';
  readonly kind = 'conflict' as const;
  constructor() {
    super('errors:proposals.closing-time-passed');
  }
}

export class ConsultationNotClosedError extends DomainError {
  readonly code = 'PROPOSALS.NOT_CLOSED';
  readonly kind = 'conflict' as const;
  constructor() {
    super('errors:proposals.not-closed');
  }
}

export class UnknownResponsesError extends DomainError {
  readonly code = 'PROPOSALS.UNKNOWN_RESPONSES';
  readonly kind = 'invalid' as const;
  constructor(ids: string[]) {
    super('errors:proposals.unknown-responses', { ids: ids.join(', ') });
  }
}


/** A lifecycle change the proposal's status (or its passed closing time) does not allow. */
export class ProposalNotChangeableError extends DomainError {
  readonly code = 'PROPOSALS.NOT_CHANGEABLE';
  readonly kind = 'conflict' as const;
  constructor(status: string) {
    super('errors:proposals.not-changeable', { status: { key: `errors:proposals.status.${status}` } });
  }
}

export class ClosingTimeNotLaterError extends DomainError {
  readonly code = 'PROPOSALS.CLOSING_TIME_NOT_LATER';
  readonly kind = 'invalid' as const;
  constructor() {
    super('errors:proposals.closing-time-not-later');
  }
}

export class TextUnchangedError extends DomainError {
  readonly code = 'PROPOSALS.TEXT_UNCHANGED';
  readonly kind = 'invalid' as const;
  constructor() {
    super('errors:proposals.text-unchanged');
  }
}
