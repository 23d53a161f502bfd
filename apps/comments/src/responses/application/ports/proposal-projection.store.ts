import type { ModerationMode } from '@pb/contracts';
import type { Tx } from '@pb/persistence';
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
  /** The current text version of the proposal (1 until a correction). */
  textVersion: number;
  /** The paragraph anchors of the current text and the version each last changed in; null when not known (a v1 event). */
  anchors: { anchor: string; since: number }[] | null;
  withdrawnAt: Date | null;
  /** The English title, once a translation was announced (ProposalTranslated); absent or null: none, mails name the Dutch one. */
  titleEn?: string | null;
}

export type PublishedProposal = Omit<ProjectedProposal, 'status' | 'withdrawnAt' | 'textVersion' | 'anchors' | 'titleEn'> & Partial<Pick<ProjectedProposal, 'textVersion' | 'anchors'>>;

/**
 * Our own view of proposals, kept from consultation.* events: the comments service decides on its
 * own whether a consultation is open (no call to the proposals service).
 */
export abstract class ProposalProjectionStore {
  abstract find(manager: Tx, proposalId: string): Promise<ProjectedProposal | null>;
  abstract upsertPublished(manager: Tx, proposal: PublishedProposal): Promise<void>;
  /** Status follows the lifecycle forward only (a redelivered older event cannot move it back); `withdrawn` is last. */
  abstract advance(manager: Tx, proposalId: string, status: 'open' | 'closed' | 'answered' | 'withdrawn', at?: Date): Promise<void>;
  /** A newer text version and its anchors (an older or redelivered one changes nothing). */
  abstract recordText(manager: Tx, proposalId: string, textVersion: number, anchors: { anchor: string; since: number }[]): Promise<void>;
  /** Moves the closing time later; false when it already was at or past `closesAt` (a redelivery: nobody is told twice). */
  abstract extendClosing(manager: Tx, proposalId: string, closesAt: Date): Promise<boolean>;
  /**
   * A proposal's translated title; kept even before the proposal is published (a draft is translated
   * first). A redelivered or older translation (by `translatedAt`) changes nothing.
   */
  abstract recordTitleTranslation(manager: Tx, t: { proposalId: string; lang: 'en'; title: string; translatedAt: Date }): Promise<void>;
}
