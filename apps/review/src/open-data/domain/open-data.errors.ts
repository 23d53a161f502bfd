import { DomainError } from '@pb/kernel';

export class DatasetNotFoundError extends DomainError {
  readonly code = 'REVIEW.DATASET_NOT_FOUND';
  readonly kind = 'not-found' as const;
  constructor() {
    super('Deze dataset bestaat niet.', 'This dataset does not exist.');
  }
}
