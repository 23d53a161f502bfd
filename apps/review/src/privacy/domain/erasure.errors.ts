import { DomainError } from '@pb/kernel';

export class ErasureNotFoundError extends DomainError {
  readonly code = 'PRIVACY.ERASURE_NOT_FOUND';
  readonly kind = 'not-found' as const;
  constructor() {
    super('Dit verwijderverzoek bestaat niet.', 'This erasure request does not exist.');
  }
}
