import type { ErasureStatus } from '../../../domain/erasure';

/** The most recent erasure requests first, a page at a time. */
export class ListErasuresQuery {
  constructor(
    readonly limit: number,
    readonly offset: number,
  ) {}
}

export interface ErasureListView {
  items: { id: string; status: ErasureStatus; requestedAt: string; completedAt: string | null }[];
  /** The next page, or null on the last. */
  next: string | null;
}
