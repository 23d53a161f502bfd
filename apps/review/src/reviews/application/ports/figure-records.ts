import type { CursorValue, KeysetPage } from '@pb/kernel';

export interface FigureMember {
  key: string;
  recordId: string;
}

/**
 * The moment a revision was compiled at: the ledger's last position then, and the compile's
 * database snapshot (an opaque token; null for revisions compiled before it was kept), which says
 * which projection writes its counters included.
 */
export interface AsOf {
  position: number;
  snapshot: string | null;
}

/** The ledger's membership of figure keys and the projected records it names (port). */
export abstract class FigureRecords {
  /** The records counted under `keys` as of a compile, keyset on (recordId, key). */
  abstract members(keys: string[], asOf: AsOf, page: { after: CursorValue[] | null; limit: number }): Promise<KeysetPage<FigureMember>>;
  /** How many (key, record) memberships there are as of a compile. */
  abstract total(keys: string[], asOf: AsOf): Promise<number>;
  /** Public columns of barrier reports, proposals and responses by id. */
  abstract reports(ids: string[]): Promise<Record<string, unknown>[]>;
  /** Endorsements by id with the report each endorses (ids, reference and theme only: who endorsed stays in the loket). */
  abstract endorsements(ids: string[]): Promise<Record<string, unknown>[]>;
  abstract responses(ids: string[]): Promise<Record<string, unknown>[]>;
  abstract proposals(ids: string[]): Promise<Record<string, unknown>[]>;
}
