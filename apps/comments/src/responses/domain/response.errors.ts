import { DomainError } from '@pb/kernel';

const fmt = (d: Date, lang: 'nl' | 'en') =>
  d.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { timeZone: 'Europe/Amsterdam', dateStyle: 'long', timeStyle: 'medium' });

export class ProposalNotKnownError extends DomainError {
  readonly code = 'COMMENTS.PROPOSAL_NOT_FOUND';
  readonly kind = 'not-found' as const;
  constructor() {
    super('Dit voorstel bestaat niet of is nog niet gepubliceerd.', 'This proposal does not exist or has not been published yet.');
  }
}

export class ConsultationNotOpenError extends DomainError {
  readonly code = 'COMMENTS.CONSULTATION_NOT_OPEN';
  readonly kind = 'conflict' as const;
  constructor(window: { opensAt: Date; closesAt: Date }, now: Date) {
    const notYet = now.getTime() < window.opensAt.getTime();
    super(
      notYet
        ? `De consultatie is nog niet open. U kunt reageren vanaf ${fmt(window.opensAt, 'nl')}.`
        : `De consultatie is gesloten sinds ${fmt(window.closesAt, 'nl')}. Reageren kan niet meer.`,
      notYet
        ? `The consultation is not open yet. You can respond from ${fmt(window.opensAt, 'en')}.`
        : `The consultation closed at ${fmt(window.closesAt, 'en')}. Responses are no longer accepted.`,
    );
  }
}

export class ParentNotPublicError extends DomainError {
  readonly code = 'COMMENTS.PARENT_NOT_PUBLIC';
  readonly kind = 'conflict' as const;
  constructor() {
    super('U kunt alleen antwoorden op een gepubliceerde, openbare reactie bij dit voorstel.', 'You can only reply to a published, public response to this proposal.');
  }
}

export class UnknownQuestionError extends DomainError {
  readonly code = 'COMMENTS.UNKNOWN_QUESTION';
  readonly kind = 'invalid' as const;
  constructor(ids: string[]) {
    super(`Deze vragen horen niet bij dit voorstel: ${ids.join(', ')}.`, `These questions do not belong to this proposal: ${ids.join(', ')}.`);
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
    super(
      'U heeft met dit e-mailadres al een bevestigde reactie op dit voorstel. Per e-mailadres telt één reactie; deze reactie telt niet mee.',
      'This e-mail address already has a confirmed response to this proposal. One response counts per e-mail address; this one does not count.',
    );
  }
}

export class ResponseNotFoundError extends DomainError {
  readonly code = 'COMMENTS.RESPONSE_NOT_FOUND';
  readonly kind = 'not-found' as const;
  constructor() {
    super('Deze reactie bestaat niet of is niet openbaar.', 'This response does not exist or is not public.');
  }
}

export class VerificationInvalidError extends DomainError {
  readonly code = 'COMMENTS.VERIFICATION_INVALID';
  readonly kind = 'not-found' as const;
  constructor() {
    super('Deze bevestigingslink is niet (meer) geldig.', 'This confirmation link is not (or no longer) valid.');
  }
}

export class NotModeratableError extends DomainError {
  readonly code = 'COMMENTS.NOT_MODERATABLE';
  readonly kind = 'conflict' as const;
  constructor() {
    super('Deze reactie wacht nog op bevestiging van het e-mailadres en kan nog niet worden beoordeeld.', 'This response is still awaiting e-mail confirmation and cannot be moderated yet.');
  }
}

/** Results per question are public once the consultation closed (the coordinator sees them earlier). */
export class ResultsNotPublicYetError extends DomainError {
  readonly code = 'COMMENTS.RESULTS_NOT_PUBLIC_YET';
  readonly kind = 'conflict' as const;
  constructor() {
    super('De uitkomsten per vraag worden openbaar als de consultatie is gesloten.', 'The results per question become public once the consultation has closed.');
  }
}
