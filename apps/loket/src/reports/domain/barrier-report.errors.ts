import { DomainError } from '@pb/kernel';

export class ReportNotFoundError extends DomainError {
  readonly code = 'LOKET.REPORT_NOT_FOUND';
  readonly kind = 'not-found' as const;
  constructor() {
    super('Deze melding bestaat niet, of de link is niet (meer) geldig.', 'This report does not exist, or the link is not (or no longer) valid.');
  }
}
