import type { EntityManager } from 'typeorm';
import type { AmendmentProposal, Decision } from '../../domain/amendment';

export interface NewAmendment {
  id: string;
  year: number;
  proposal: AmendmentProposal;
  proposedBy: string;
  proposedAt: Date;
}

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
 * `amendments` and `strategy_revision_requests` (port). Every method takes the transaction's
 * EntityManager: the handler owns the transaction, so a change and its outbox row commit together.
 */
export abstract class AmendmentStore {
  abstract insert(tx: EntityManager, amendment: NewAmendment): Promise<void>;
  /** The amendment's status, its row locked until the transaction ends; null when it does not exist. */
  abstract lockStatus(tx: EntityManager, id: string): Promise<string | null>;
  abstract recordDecision(tx: EntityManager, id: string, decision: { status: Decision; reason: string; by: string; at: Date }): Promise<void>;
  /** Serialises the handing out of strategy version numbers until the transaction ends. */
  abstract lockVersionNumbers(tx: EntityManager): Promise<void>;
  /** The year's accepted amendments not asked for yet, in the order they were decided, locked. */
  abstract acceptedNotRequested(tx: EntityManager, year: number): Promise<AcceptedAmendment[]>;
  /** Every version number already asked for. */
  abstract requestedVersions(tx: EntityManager): Promise<string[]>;
  /** Records the request and marks the amendments as asked for in it. */
  abstract insertRevisionRequest(tx: EntityManager, request: RevisionRequest, amendmentIds: string[]): Promise<void>;
}
