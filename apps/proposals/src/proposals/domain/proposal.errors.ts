import { DomainError } from '@pb/kernel';

export class ProposalNotFoundError extends DomainError {
  readonly code = 'PROPOSALS.NOT_FOUND';
  readonly kind = 'not-found' as const;
  constructor() {
    super('Dit voorstel bestaat niet.', 'This proposal does not exist.');
  }
}

export class UnknownThemeError extends DomainError {
  readonly code = 'PROPOSALS.UNKNOWN_THEME';
  readonly kind = 'invalid' as const;
  constructor(theme: string, version: string) {
    super(`Thema ${theme} bestaat niet in strategieversie ${version}.`, `Theme ${theme} does not exist in strategy version ${version}.`);
  }
}

export class InvalidConsultationPeriodError extends DomainError {
  readonly code = 'PROPOSALS.INVALID_PERIOD';
  readonly kind = 'invalid' as const;
  constructor() {
    super('De sluitingstijd moet na de openingstijd liggen.', 'The closing time must be after the opening time.');
  }
}

export class ProposalNotDraftError extends DomainError {
  readonly code = 'PROPOSALS.NOT_A_DRAFT';
  readonly kind = 'conflict' as const;
  constructor() {
    super('Dit voorstel is al gepubliceerd.', 'This proposal has been published already.');
  }
}

export class ClosingTimePassedError extends DomainError {
  readonly code = 'PROPOSALS.CLOSING_TIME_PASSED';
  readonly kind = 'conflict' as const;
  constructor() {
    super('De sluitingstijd van dit voorstel is al voorbij; pas eerst de datums aan.', 'The closing time of this proposal has passed; change the dates first.');
  }
}

export class ConsultationNotClosedError extends DomainError {
  readonly code = 'PROPOSALS.NOT_CLOSED';
  readonly kind = 'conflict' as const;
  constructor() {
    super('Een consultatieverslag kan pas na het sluiten van de consultatie, en maar één keer.', 'A consultation report can only be published after the consultation has closed, and only once.');
  }
}

export class UnknownResponsesError extends DomainError {
  readonly code = 'PROPOSALS.UNKNOWN_RESPONSES';
  readonly kind = 'invalid' as const;
  constructor(ids: string[]) {
    super(`Deze reacties horen niet bij dit voorstel: ${ids.join(', ')}.`, `These responses do not belong to this proposal: ${ids.join(', ')}.`);
  }
}
