import type { CursorValue, KeysetPage } from '@pb/kernel';

export interface FigureMember {
  key: string;
  recordId: string;
}

/** The ledger's membership of figure keys and the projected records it names (port). */
export abstract class FigureRecords {
  /** The records counted under `keys` as of `asOfPosition`, keyset on (recordId, key). */
  abstract members(keys: string[], asOfPosition: number, page: { after: CursorValue[] | null; limit: number }): Promise<KeysetPage<FigureMember>>;
  /** How many (key, record) memberships there are as of `asOfPosition`. */
  abstract total(keys: string[], asOfPosition: number): Promise<number>;
  /** Public columns of barrier reports, proposals and responses by id. */
  abstract reports(ids: string[]): Promise<Record<string, unknown>[]>;
  abstract responses(ids: string[]): Promise<Record<string, unknown>[]>;
  abstract proposals(ids: string[]): Promise<Record<string, unknown>[]>;
}
