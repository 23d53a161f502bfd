import { DomainError } from '@pb/kernel';

export class StrategyVersionNotFoundError extends DomainError {
  readonly code = 'STRATEGY.VERSION_NOT_FOUND';
  readonly kind = 'not-found' as const;
  constructor(version: string) {
    super(`Strategieversie ${version} bestaat niet.`, `Strategy version ${version} does not exist.`);
  }
}

export class AmendmentNotApplicableError extends DomainError {
  readonly code = 'STRATEGY.AMENDMENT_NOT_APPLICABLE';
  readonly kind = 'invalid' as const;
  constructor(nl: string, en: string) {
    super(`Amendement niet toe te passen: ${nl}.`, `Amendment cannot be applied: ${en}.`);
  }
}
