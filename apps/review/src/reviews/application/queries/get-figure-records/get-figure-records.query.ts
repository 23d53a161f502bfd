import type { KeysetPage, PageRequest } from '@pb/kernel';

export class GetFigureRecordsQuery {
  constructor(
    readonly year: number,
    readonly revision: number,
    readonly figureId: string,
    /** Keyset on (recordId, key): the membership as of the revision never changes, so neither do the pages. */
    readonly page: PageRequest,
  ) {}
}

export interface FigureRecordsView extends KeysetPage<Record<string, unknown>> {
  figure: { id: string; kind: string; value: number | null; year: number; revision: number; asOfPosition: number };
  /** How many records the figure counts (for a median or p90: the records of the distribution). */
  total: number;
}
