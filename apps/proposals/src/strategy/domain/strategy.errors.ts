import { DomainError, type MessageParams } from '@pb/kernel';

export class StrategyVersionNotFoundError extends DomainError {
  readonly code = 'STRATEGY.VERSION_NOT_FOUND';
  readonly kind = 'not-found' as const;
  constructor(version: string) {
    super('errors:strategy.version-not-found', { version });
  }
}

export class AmendmentNotApplicableError extends DomainError {
  readonly code = 'STRATEGY.AMENDMENT_NOT_APPLICABLE';
  readonly kind = 'invalid' as const;
  constructor(key: string, params: MessageParams) {
    super(key, params);
  }
}
