import { DomainError } from '@pb/kernel';

export class ProposalNotKnownError extends DomainError {
  readonly code = 'COMMENTS.PROPOSAL_NOT_FOUND';
  readonly kind = 'not-found' as const;
  constructor() {
    super('errors:comments.proposal-not-found');
  }
}

export class ConsultationNotOpenError extends DomainError {
  readonly code = 'COMMENTS.CONSULTATION_NOT_OPEN';
  readonly kind = 'conflict' as const;
  constructor(window: { opensAt: Date; closesAt: Date }, now: Date) {
    const notYet = now.getTime() < window.opensAt.getTime();
    // The moment is a Date: the edge writes it out in the reader's language and the platform's time zone.
    super(notYet ? 'errors:comments.consultation-not-open-yet' : 'errors:comments.consultation-closed', notYet ? { at: window.opensAt } : { at: window.closesAt });
  }
}

export class ParentNotPublicError extends DomainError {
  readonly code = 'COMMENTS.PARENT_NOT_PUBLIC';
  readonly kind = 'conflict' as const;
  constructor() {
    super('errors:comments.parent-not-public');
  }
}

export class UnknownQuestionError extends DomainError {
  readonly code = 'COMMENTS.UNKNOWN_QUESTION';
  readonly kind = 'invalid' as const;
  constructor(ids: string[]) {
    super('errors:comments.unknown-question', { ids: ids.join(', ') });
  }
}

/**
 * Confirming a response when the address already has a counted one. Only the holder of the mailbox
 * sees this (the link came by mail): the submit itself answers the same for every address.
 */
export class AlreadyRespondedError extends DomainError {
  readonly code = 'COMMENTS.ALREADY_RESPONDED';
  readonly kind = 'conflict' as const;
  constructor() {
    super('errors:comments.already-responded');
  }
}

export class ResponseNotFoundError extends DomainError {
  readonly code = 'COMMENTS.RESPONSE_NOT_FOUND';
  readonly kind = 'not-found' as const;
  constructor() {
    super('errors:comments.response-not-found');
  }
}

export class VerificationInvalidError extends DomainError {
  readonly code = 'COMMENTS.VERIFICATION_INVALID';
  readonly kind = 'not-found' as const;
  constructor() {
    super('errors:comments.verification-invalid');
  }
}

export class NotModeratableError extends DomainError {
  readonly code = 'COMMENTS.NOT_MODERATABLE';
  readonly kind = 'conflict' as const;
  constructor() {
    super('errors:comments.not-moderatable');
  }
}

/** Responding stopped: the proposal was withdrawn (its page says why). */
export class ConsultationWithdrawnError extends DomainError {
  readonly code = 'COMMENTS.CONSULTATION_WITHDRAWN';
  readonly kind = 'conflict' as const;
  constructor() {
    super('errors:comments.consultation-withdrawn');
  }
}

/** The response points at a paragraph the proposal's current text does not have. */
export class UnknownPassageError extends DomainError {
  readonly code = 'COMMENTS.UNKNOWN_PASSAGE';
  readonly kind = 'invalid' as const;
  constructor(anchor: string) {
    super('errors:comments.unknown-passage', { anchor });
  }
}

/** Results per question are public once the consultation closed (the coordinator sees them earlier). */
export class ResultsNotPublicYetError extends DomainError {
  readonly code = 'COMMENTS.RESULTS_NOT_PUBLIC_YET';
  readonly kind = 'conflict' as const;
  constructor() {
    super('errors:comments.results-not-public-yet');
  }
}
