import { DomainError } from '@pb/kernel';

export class UnknownNarrativeSentenceError extends DomainError {
  readonly code = 'REVIEW.UNKNOWN_NARRATIVE_SENTENCE';
  readonly kind = 'invalid' as const;
  constructor(key: string) {
    super('errors:review.unknown-narrative-sentence', { sentence: key });
  }
}

export class NarrativeAlreadySignedOffError extends DomainError {
  readonly code = 'REVIEW.NARRATIVE_SIGNED_OFF';
  readonly kind = 'conflict' as const;
  constructor() {
    super('errors:review.narrative-signed-off');
  }
}

export class NoCompiledReviewError extends DomainError {
  readonly code = 'REVIEW.NOT_COMPILED';
  readonly kind = 'not-found' as const;
  constructor(year: number) {
    super('errors:review.not-compiled', { year });
  }
}

export class UnknownReviewThemeError extends DomainError {
  readonly code = 'REVIEW.UNKNOWN_THEME';
  readonly kind = 'not-found' as const;
  constructor(theme: string) {
    super('errors:review.unknown-review-theme', { theme });
  }
}
