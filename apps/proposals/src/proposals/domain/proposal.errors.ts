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

const statusNames: Record<string, { nl: string; en: string }> = {
  draft: { nl: 'nog een concept', en: 'still a draft' },
  scheduled: { nl: 'gepland', en: 'scheduled' },
  open: { nl: 'open', en: 'open' },
  closed: { nl: 'gesloten', en: 'closed' },
  answered: { nl: 'beantwoord met een consultatieverslag', en: 'answered with a consultation report' },
  withdrawn: { nl: 'ingetrokken', en: 'withdrawn' },
};

/** A lifecycle change the proposal's status (or its passed closing time) does not allow. */
export class ProposalNotChangeableError extends DomainError {
  readonly code = 'PROPOSALS.NOT_CHANGEABLE';
  readonly kind = 'conflict' as const;
  constructor(status: string) {
    const s = statusNames[status] ?? { nl: status, en: status };
    super(
      `Dit voorstel is ${s.nl} of de sluitingstijd is voorbij; deze wijziging kan nu niet.`,
      `This proposal is ${s.en} or its closing time has passed; this change is not possible now.`,
    );
  }
}

export class ClosingTimeNotLaterError extends DomainError {
  readonly code = 'PROPOSALS.CLOSING_TIME_NOT_LATER';
  readonly kind = 'invalid' as const;
  constructor() {
    super('De nieuwe sluitingstijd moet later zijn dan de huidige.', 'The new closing time must be later than the current one.');
  }
}

export class TextUnchangedError extends DomainError {
  readonly code = 'PROPOSALS.TEXT_UNCHANGED';
  readonly kind = 'invalid' as const;
  constructor() {
    super('De gecorrigeerde tekst is gelijk aan de huidige tekst.', 'The corrected text is the same as the current text.');
  }
}
