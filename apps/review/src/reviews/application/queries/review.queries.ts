import type { KeysetPage, PageRequest } from '@pb/kernel';

/** Read side of the reviews: one query class per question. */
export class GetCompileJobQuery {
  constructor(readonly id: string) {}
}

export class GetReviewQuery {
  constructor(
    readonly year: number,
    /** Latest when absent. */
    readonly revision?: number,
  ) {}
}

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

export class GetReviewDocumentQuery {
  constructor(
    readonly year: number,
    /** Latest when absent. */
    readonly revision: number | undefined,
    readonly format: 'html' | 'pdf',
  ) {}
}

export interface ReviewDocumentView {
  year: number;
  revision: number;
  format: 'html' | 'pdf';
  body: Buffer;
  /** Strong validator of the stored bytes. */
  etag: string;
}
