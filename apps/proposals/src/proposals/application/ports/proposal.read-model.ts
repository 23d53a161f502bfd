import type { KeysetPage, PageRequest } from '@pb/kernel';
import type { ProposalState, ProposalStatus } from '../../domain/proposal.aggregate';
import type { ProposalTranslation } from '../../domain/proposal-translation';

/** A proposal as the pages show it: its state and how many responses were counted. */
export interface ProposalRow extends ProposalState {
  responseCount: number;
  /** The English translation, when one was entered (issue 11 item 7). */
  translation: ProposalTranslation | null;
}

/** Proposals for the pages (reads outside any transaction). */
export abstract class ProposalReadModel {
  abstract get(id: string): Promise<ProposalRow | null>;
  /** Newest opening first; keyset on (opensAt, createdAt, id). */
  abstract list(filter: { statuses: ProposalStatus[]; theme?: string }, page: PageRequest): Promise<KeysetPage<ProposalRow>>;
}
