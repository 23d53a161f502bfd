import { DomainError } from '@pb/kernel';

export class IdempotencyKeyInvalidError extends DomainError {
  readonly code = 'HTTP.IDEMPOTENCY_KEY_INVALID';
  readonly kind = 'invalid' as const;
  constructor() {
    super(
      'De kop Idempotency-Key moet 8 tot 200 tekens lang zijn: letters, cijfers, punt, streepje, liggend streepje of dubbele punt.',
      'The Idempotency-Key header must be 8 to 200 characters: letters, digits, dot, hyphen, underscore or colon.',
    );
  }
}

export class IdempotencyKeyReusedError extends DomainError {
  readonly code = 'HTTP.IDEMPOTENCY_KEY_REUSED';
  readonly kind = 'invalid' as const;
  constructor() {
    super(
      'Deze Idempotency-Key is al gebruikt voor een ander verzoek. Gebruik voor elk nieuw verzoek een nieuwe sleutel.',
      'This Idempotency-Key was already used for a different request. Use a new key for every new request.',
    );
  }
}

export class IdempotencyKeyInProgressError extends DomainError {
  readonly code = 'HTTP.IDEMPOTENCY_KEY_IN_PROGRESS';
  readonly kind = 'conflict' as const;
  constructor() {
    super(
      'Een eerder verzoek met deze Idempotency-Key wordt nog verwerkt. Probeer het over een paar seconden opnieuw.',
      'An earlier request with this Idempotency-Key is still being processed. Try again in a few seconds.',
    );
  }
}
