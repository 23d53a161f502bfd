import { DomainError } from '@pb/kernel';

/** A BWB id nothing cites and the regulation index does not know: there is no page for it. */
export class RegulationNotFoundError extends DomainError {
  readonly code = 'REVIEW.REGULATION_NOT_FOUND';
  readonly kind = 'not-found' as const;
  constructor(bwbId: string) {
    super('errors:review.regulation-not-found', { bwbId });
  }
}
