import type { KeysetPage, PageRequest } from '@pb/kernel';

/** The public list of a year's amendments (read model port). */
export abstract class AmendmentList {
  /** Oldest first, keyset on (proposedAt, id). */
  abstract page(year: number, page: PageRequest): Promise<KeysetPage<Record<string, unknown>>>;
}
