import { DomainError } from '@pb/kernel';

export class ReviewNotFoundError extends DomainError {
  readonly code = 'REVIEW.NOT_FOUND';
  readonly kind = 'not-found' as const;
  constructor(year: number, revision?: number) {
    super(revision ? 'errors:review.revision-not-found' : 'errors:review.not-found', revision ? { year, revision } : { year });
  }
}

export class ReviewJobNotFoundError extends DomainError {
  readonly code = 'REVIEW.JOB_NOT_FOUND';
  readonly kind = 'not-found' as const;
  constructor() {
    super('errors:review.job-not-found');
  }
}

export class FigureNotFoundError extends DomainError {
  readonly code = 'REVIEW.FIGURE_NOT_FOUND';
  readonly kind = 'not-found' as const;
  constructor() {
    super('errors:review.figure-not-found');
  }
}

export class CompileAlreadyRunningError extends DomainError {
  readonly code = 'REVIEW.COMPILE_RUNNING';
  readonly kind = 'conflict' as const;
  constructor(readonly jobId: string) {
    super('errors:review.compile-running');
  }
}
