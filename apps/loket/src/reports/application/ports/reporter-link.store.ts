import type { Tx } from '@pb/persistence';

/** A private link to a report as stored: a keyed hash of its token, never the token itself. */
export interface StoredReporterLink {
  tokenHash: string;
  reportId: string;
  issuedAt: Date;
  expiresAt: Date;
}

/**
 * The links that mails to a reporter carry, one per mail (the acknowledgement's link is the
 * report's own token, kept on the report). Set-based, so a store and not the aggregate.
 */
export abstract class ReporterLinkStore {
  abstract add(manager: Tx, link: StoredReporterLink): Promise<void>;
  /** When the link with this hash for this report expires, if it exists and has not yet expired at `now`. */
  abstract validUntil(manager: Tx, reportId: string, tokenHash: string, now: Date): Promise<Date | null>;
  /** Every mailed link of the report stops working ("link kwijt", erasure). */
  abstract revokeAll(manager: Tx, reportIds: string[]): Promise<void>;
  /** Deletes up to `limit` links that expired at or before `now`; how many. */
  abstract pruneExpired(manager: Tx, now: Date, limit: number): Promise<number>;
}
