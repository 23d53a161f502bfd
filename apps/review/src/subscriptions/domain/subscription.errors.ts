import { DomainError } from '@pb/kernel';

/** A confirmation or unsubscribe link that is wrong, used up or expired: the same answer for all three. */
export class SubscriptionLinkNotValidError extends DomainError {
  readonly code = 'REVIEW.SUBSCRIPTION_LINK_NOT_VALID';
  readonly kind = 'not-found' as const;
  constructor() {
    super('errors:review.subscription-link-not-valid');
  }
}

export class UnknownTopicError extends DomainError {
  readonly code = 'REVIEW.UNKNOWN_TOPIC';
  readonly kind = 'invalid' as const;
  constructor() {
    super('errors:review.unknown-topic');
  }
}
