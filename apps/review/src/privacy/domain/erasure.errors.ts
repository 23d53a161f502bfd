import { DomainError } from '@pb/kernel';

export class ErasureNotFoundError extends DomainError {
  readonly code = 'PRIVACY.ERASURE_NOT_FOUND';
  readonly kind = 'not-found' as const;
  constructor() {
    super('errors:privacy.erasure-not-found');
  }
}
