import { DomainError, DomainFieldError } from '@pb/kernel';

/** A rule an admin cannot keep: every bad field named (problem+json `errors`, 422). */
export class InvalidRoutingRuleError extends DomainError {
  readonly code = 'ROUTING.INVALID_RULE';
  readonly kind = 'invalid' as const;
  constructor(override readonly fieldErrors: DomainFieldError[]) {
    super('routing:errors.invalid-rule', { count: fieldErrors.length });
  }
}

export class RoutingRuleNotFoundError extends DomainError {
  readonly code = 'ROUTING.RULE_NOT_FOUND';
  readonly kind = 'not-found' as const;
  constructor() {
    super('routing:errors.rule-not-found');
  }
}
