import type { Tx } from '@pb/persistence';
/** An accepted amendment not yet asked for in a strategy version. */
export interface AcceptedAmendment {
  id: string;
  kind: string;
  themeCode: string;
  actionIndex: number | null;
  text: string | null;
  summary: string;
}

export interface RevisionRequest {
  id: string;
  year: number;
  baseVersion: string;
  newVersion: string;
  requestedBy: string;
  requestedAt: Date;
}

/**
 * `strategy_revision_requests` and the accepted amendments they gather, as sets (port). Every method
 * takes the transaction handle (Tx): the handler owns the transaction, so the request and its
 * outbox row commit together.
 */
export abstract class StrategyRevisionRequests {
  /** Serialises the handing out of strategy version numbers until the transaction ends. */
  abstract lockVersionNumbers(tx: Tx): Promise<void>;
  /** The year's accepted amendments not asked for yet, in the order they were decided, locked. */
  abstract acceptedNotRequested(tx: Tx, year: number): Promise<AcceptedAmendment[]>;
  /** Every version number already asked for. */
  abstract requestedVersions(tx: Tx): Promise<string[]>;
  /** Records the request and marks the amendments as asked for in it. */
  abstract insertRevisionRequest(tx: Tx, request: RevisionRequest, amendmentIds: string[]): Promise<void>;
}
