import { DomainError } from '@pb/kernel';

/** A withdrawal link that opens no endorsement: unknown, already used or forged alike (404). */
export class EndorsementLinkNotValidError extends DomainError {
  readonly code = 'LOKET.ENDORSEMENT_NOT_FOUND';
  readonly kind = 'not-found' as const;
  constructor() {
    super('crowd:errors.endorsementLinkNotValid');
  }
}
