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
  constructor(readonly year: number) {}
}

export class GetFigureRecordsQuery {
  constructor(
    readonly year: number,
    readonly revision: number,
    readonly figureId: string,
    readonly limit: number,
    readonly offset: number,
  ) {}
}

export interface FigureRecordsView {
  figure: { id: string; kind: string; value: number | null; year: number; revision: number; asOfPosition: number };
  /** How many records the figure counts (for a median or p90: the records of the distribution). */
  total: number;
  limit: number;
  offset: number;
  records: Record<string, unknown>[];
}
