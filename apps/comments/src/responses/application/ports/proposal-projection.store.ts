import type { ModerationMode } from '@pb/contracts';
import type { EntityManager } from 'typeorm';
import type { AskedQuestion } from '../../domain/answer-rules';

export interface ProjectedProposal {
  proposalId: string;
  title: string;
  theme: string;
  moderation: ModerationMode;
  questions: AskedQuestion[];
  opensAt: Date;
  closesAt: Date;
  status: string;
}

/**
 * Our own view of proposals, kept from consultation.* events: the comments service decides on its
 * own whether a consultation is open (no call to the proposals service).
 */
export abstract class ProposalProjectionStore {
  abstract find(manager: EntityManager, proposalId: string): Promise<ProjectedProposal | null>;
  abstract upsertPublished(manager: EntityManager, proposal: Omit<ProjectedProposal, 'status'>): Promise<void>;
  /** Status follows the lifecycle forward only (a redelivered older event cannot move it back). */
  abstract advance(manager: EntityManager, proposalId: string, status: 'open' | 'closed' | 'answered', at?: Date): Promise<void>;
}
