import type { KeysetPage, PageRequest } from '@pb/kernel';

export class ListAmendmentsQuery {
  constructor(
    readonly year: number,
    /** Keyset on (proposedAt, id), oldest first. */
    readonly page: PageRequest,
  ) {}
}

export interface AmendmentsView extends KeysetPage<Record<string, unknown>> {
  year: number;
}
