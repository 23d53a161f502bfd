import type { Tx } from '@pb/persistence';
import type { ProposalFact, ResponseFact } from '../../domain/consultation-figures';

/** What a proposal event says; what an event does not carry keeps what was there. */
export interface ProposalChange {
  title?: string;
  theme?: string;
  strategyVersion?: string;
  status?: string;
  opensAt?: string;
  closesAt?: string;
  publishedAt?: string;
  answeredAt?: string;
  reportTitle?: string;
  reportResponseCount?: number;
}

export interface SubmittedResponse extends ResponseFact {
  proposalId: string;
  public: boolean;
  parentId: string | null;
  status: string;
  submittedAt: string;
  /** The regulations the response's text cites (ResponseSubmitted v2; none in v1). */
  citedRegulations?: { bwbId: string; article?: string }[];
}

/** What the review knows of proposals and responses (`proposal_facts`, `response_facts`). */
export abstract class ConsultationFacts {
  /** A proposal's fact under a row lock (creating a placeholder row when the proposal is not known yet). */
  abstract lockProposal(tx: Tx, proposalId: string): Promise<ProposalFact>;
  /** Applies a change to a proposal locked by `lockProposal` and returns its fact afterwards. */
  abstract changeProposal(tx: Tx, proposalId: string, change: ProposalChange): Promise<ProposalFact>;
  /**
   * Locks the proposal's row (a placeholder when it is not known yet) and returns its strategy
   * version; in a consumer's transaction once per proposal, however many responses share it.
   */
  abstract lockProposalVersion(tx: Tx, proposalId: string): Promise<string | null>;
  /**
   * Announces responses this transaction is about to add: the first `lockProposalVersion` that has
   * to read then locks all their proposals in one statement, and the first `addResponse` that has
   * to write inserts all of them in one (each still answers for its own response). Outside a
   * consumer's transaction it does nothing.
   */
  abstract expectResponses(tx: Tx, responses: SubmittedResponse[]): void;
  /**
   * Announces proposals this transaction is about to change: the first `lockProposal` then locks
   * all of them in one statement, in id order (so it cannot deadlock with a batch of responses that
   * locks the same proposals). Outside a consumer's transaction it does nothing.
   */
  abstract expectProposals(tx: Tx, proposalIds: string[]): void;
  /** The responses known for a proposal, by id. */
  abstract responsesOf(tx: Tx, proposalId: string): Promise<ResponseFact[]>;
  /** Records a response; false when it was already known (nothing changed). */
  abstract addResponse(tx: Tx, response: SubmittedResponse): Promise<boolean>;
  /** The last status given wins. In a consumer's transaction this and the next two are written for the whole batch before it commits. */
  abstract setResponseStatus(tx: Tx, responseId: string, status: 'published' | 'rejected'): Promise<void>;
  /** Keeps the highest support count seen (events carry the running total, so the order does not matter). */
  abstract raiseSupport(tx: Tx, responseId: string, supportCount: number): Promise<void>;
  abstract countFlag(tx: Tx, responseId: string): Promise<void>;
  /** Adds regulations a response cites (its attachment's text: ResponseAttachmentTextExtracted); each once per response. */
  abstract addCitations(tx: Tx, responseId: string, cited: { bwbId: string; article?: string }[]): Promise<void>;
}
