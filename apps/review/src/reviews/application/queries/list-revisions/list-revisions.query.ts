import type { KeysetPage, PageRequest } from '@pb/kernel';

export class ListRevisionsQuery {
  constructor(
    readonly year: number,
    /** Keyset on the revision number, oldest first. */
    readonly page: PageRequest,
  ) {}
}

export interface RevisionsView extends KeysetPage<{ revision: number; compiledAt: string; url: string }> {
  year: number;
}
