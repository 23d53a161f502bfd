import { DomainError } from '@pb/kernel';

export class IdempotencyKeyInvalidError extends DomainError {
  readonly code = 'HTTP.IDEMPOTENCY_KEY_INVALID';
  readonly kind = 'invalid' as const;
  constructor() {
    super('errors:http.idempotency-key-invalid');
  }
}

export class IdempotencyKeyReusedError extends DomainError {
  readonly code = 'HTTP.IDEMPOTENCY_KEY_REUSED';
  readonly kind = 'invalid' as const;
  constructor() {
    super('errors:http.idempotency-key-reused');
  }
}

export class IdempotencyKeyInProgressError extends DomainError {
  readonly code = 'HTTP.IDEMPOTENCY_KEY_IN_PROGRESS';
  readonly kind = 'conflict' as const;
  constructor() {
    super('errors:http.idempotency-key-in-progress');
  }
}
