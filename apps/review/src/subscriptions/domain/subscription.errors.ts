import { DomainError } from '@pb/kernel';

/** A confirmation or unsubscribe link that is wrong, used up or expired: the same answer for all three. */
export class SubscriptionLinkNotValidError extends DomainError {
  readonly code = 'REVIEW.SUBSCRIPTION_LINK_NOT_VALID';
  readonly kind = 'not-found' as const;
  constructor() {
    super(
      'Deze link is niet (meer) geldig. Misschien is hij al gebruikt of verlopen; u kunt zich opnieuw aanmelden.',
      'This link is not valid (any more). It may have been used or have expired; you can subscribe again.',
    );
  }
}

export class UnknownTopicError extends DomainError {
  readonly code = 'REVIEW.UNKNOWN_TOPIC';
  readonly kind = 'invalid' as const;
  constructor() {
    super(
      'Dit onderwerp bestaat niet. Kies een thema (zoals 1.4), een regeling (BWBR gevolgd door 7 cijfers) of een melding uit het register (zoals LKT-2026-000123).',
      'This topic does not exist. Choose a theme (such as 1.4), a regulation (BWBR followed by 7 digits) or a report in the register (such as LKT-2026-000123).',
    );
  }
}
