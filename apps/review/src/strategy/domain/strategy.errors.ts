import { DomainError } from '@pb/kernel';

export class UnknownStrategyVersionError extends DomainError {
  readonly code = 'REVIEW.UNKNOWN_STRATEGY_VERSION';
  readonly kind = 'not-found' as const;
  constructor(version: string) {
    super('errors:review.unknown-strategy-version', { version });
  }
}
