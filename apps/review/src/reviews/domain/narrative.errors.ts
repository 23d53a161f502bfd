import { DomainError } from '@pb/kernel';

export class UnknownNarrativeSentenceError extends DomainError {
  readonly code = 'REVIEW.UNKNOWN_NARRATIVE_SENTENCE';
  readonly kind = 'invalid' as const;
  constructor(key: string) {
    super(
      `De tekst heeft geen zin '${key}' (of noemt hem twee keer): een zin hoort bij de cijfers van het concept.`,
      `The text has no sentence '${key}' (or names it twice): a sentence belongs to the figures of the draft.`,
    );
  }
}

export class NarrativeAlreadySignedOffError extends DomainError {
  readonly code = 'REVIEW.NARRATIVE_SIGNED_OFF';
  readonly kind = 'conflict' as const;
  constructor() {
    super(
      'Deze tekst is al vastgesteld. Stel de jaarreview opnieuw samen voor een nieuwe revisie om hem te wijzigen.',
      'This text has been signed off. Compile the review again for a new revision to change it.',
    );
  }
}

export class NoCompiledReviewError extends DomainError {
  readonly code = 'REVIEW.NOT_COMPILED';
  readonly kind = 'not-found' as const;
  constructor(year: number) {
    super(`Er is nog geen jaarreview ${year} samengesteld.`, `No annual review ${year} has been compiled yet.`);
  }
}

export class UnknownReviewThemeError extends DomainError {
  readonly code = 'REVIEW.UNKNOWN_THEME';
  readonly kind = 'not-found' as const;
  constructor(theme: string) {
    super(`De jaarreview heeft geen thema ${theme}.`, `The review has no theme ${theme}.`);
  }
}
