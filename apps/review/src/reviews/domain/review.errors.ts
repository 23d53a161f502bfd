import { DomainError } from '@pb/kernel';

export class ReviewNotFoundError extends DomainError {
  readonly code = 'REVIEW.NOT_FOUND';
  readonly kind = 'not-found' as const;
  constructor(year: number, revision?: number) {
    super(
      revision ? `Revisie ${revision} van de jaarreview ${year} bestaat niet.` : `Er is nog geen jaarreview ${year} samengesteld.`,
      revision ? `Revision ${revision} of the ${year} review does not exist.` : `No review has been compiled for ${year} yet.`,
    );
  }
}

export class ReviewJobNotFoundError extends DomainError {
  readonly code = 'REVIEW.JOB_NOT_FOUND';
  readonly kind = 'not-found' as const;
  constructor() {
    super('Deze samenstelopdracht bestaat niet.', 'This compile job does not exist.');
  }
}

export class FigureNotFoundError extends DomainError {
  readonly code = 'REVIEW.FIGURE_NOT_FOUND';
  readonly kind = 'not-found' as const;
  constructor() {
    super('Dit cijfer staat niet in deze revisie van de review.', 'This figure is not in this revision of the review.');
  }
}

export class CompileAlreadyRunningError extends DomainError {
  readonly code = 'REVIEW.COMPILE_RUNNING';
  readonly kind = 'conflict' as const;
  constructor(readonly jobId: string) {
    super('De review van dit jaar wordt al samengesteld.', 'The review of this year is being compiled already.');
  }
}
