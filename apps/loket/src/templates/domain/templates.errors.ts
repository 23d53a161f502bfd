import { DomainError, DomainFieldError } from '@pb/kernel';

/** A template an admin cannot keep: every bad field named (problem+json `errors`, 422). */
export class InvalidTemplateError extends DomainError {
  readonly code = 'TEMPLATES.INVALID_TEMPLATE';
  readonly kind = 'invalid' as const;
  constructor(override readonly fieldErrors: DomainFieldError[]) {
    super('templates:errors.invalid-template', { count: fieldErrors.length });
  }
}

export class AnswerTemplateNotFoundError extends DomainError {
  readonly code = 'TEMPLATES.ANSWER_TEMPLATE_NOT_FOUND';
  readonly kind = 'not-found' as const;
  constructor() {
    super('templates:errors.answer-template-not-found');
  }
}

export class UnknownMailTypeError extends DomainError {
  readonly code = 'TEMPLATES.UNKNOWN_MAIL_TYPE';
  readonly kind = 'not-found' as const;
  constructor() {
    super('templates:errors.unknown-mail-type');
  }
}
