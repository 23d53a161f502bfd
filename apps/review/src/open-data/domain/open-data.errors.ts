import { DomainError } from '@pb/kernel';

export class DatasetNotFoundError extends DomainError {
  readonly code = 'REVIEW.DATASET_NOT_FOUND';
  readonly kind = 'not-found' as const;
  constructor() {
    super('errors:review.dataset-not-found');
  }
}
