import { DomainError } from '@pb/kernel';

export class AnalysisNotFoundError extends DomainError {
  readonly code = 'ANALYSIS.NOT_FOUND';
  readonly kind = 'not-found' as const;
  constructor() {
    super('analysis:errors.not-found');
  }
}

/** Edits and sign-off need an analysis that has finished and is not signed off yet. */
export class AnalysisNotInReviewError extends DomainError {
  readonly code = 'ANALYSIS.NOT_IN_REVIEW';
  readonly kind = 'conflict' as const;
  constructor(status: string) {
    super('analysis:errors.not-in-review', { status: { key: `analysis:status.${status}` } });
  }
}

export class ThemeNotFoundError extends DomainError {
  readonly code = 'ANALYSIS.THEME_NOT_FOUND';
  readonly kind = 'not-found' as const;
  constructor(themeId: string) {
    super('analysis:errors.theme-not-found', { theme: themeId });
  }
}

export class InvalidThemeEditError extends DomainError {
  readonly code = 'ANALYSIS.INVALID_EDIT';
  readonly kind = 'invalid' as const;
  constructor(reason: 'label-length' | 'same-theme' | 'split-empty' | 'split-all' | 'not-in-theme' | 'response-not-analysed') {
    super(`analysis:errors.${reason}`);
  }
}

/** Sign-off needs a label on every theme: a rejected label must be replaced first. */
export class UnlabelledThemeError extends DomainError {
  readonly code = 'ANALYSIS.UNLABELLED_THEME';
  readonly kind = 'conflict' as const;
  constructor(count: number) {
    super('analysis:errors.unlabelled', { count });
  }
}

export class AnalysisProposalNotFoundError extends DomainError {
  readonly code = 'ANALYSIS.PROPOSAL_NOT_FOUND';
  readonly kind = 'not-found' as const;
  constructor() {
    super('analysis:errors.proposal-not-found');
  }
}
