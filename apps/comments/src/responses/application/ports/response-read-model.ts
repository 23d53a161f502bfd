import type { FlagReason, ResponseStatus } from '@pb/contracts';
import type { CursorValue, KeysetPage, PageRequest } from '@pb/kernel';
import type { Tx } from '@pb/persistence';
import type { AskedQuestion } from '../../domain/answer-rules';
import type { ResponseAnswer } from '../../domain/consultation-response.aggregate';

/** A published public response as the public lists show it: no name, no e-mail. */
export interface PublishedResponseRow {
  id: string;
  parentId: string | null;
  body: string;
  answers: ResponseAnswer[];
  onBehalfOf: string | null;
  publishedAt: Date;
  supportCount: number;
  passage: { anchor: string; quote: string | null } | null;
  textVersion: number | null;
}

/**
 * Narrows the public list; both may be given (a response must then meet both). Neither widens what
 * is visible: an id of a response that is not public or not published simply finds nothing.
 */
export interface PublicResponsesFilter {
  /** Only top-level responses pointing at this paragraph anchor (the proposal page's per-paragraph link). */
  passage?: string;
  /**
   * Only these top-level responses (the responses a topic of the consultation report rests on). A
   * reply's id finds nothing of its own: a reply travels with its response.
   */
  ids?: string[];
}

export interface ModerationItem {
  id: string;
  proposalId: string;
  parentId: string | null;
  status: ResponseStatus;
  reason: 'flagged' | 'pre-moderation';
  body: string;
  answers: ResponseAnswer[];
  authorName: string;
  onBehalfOf: string | null;
  public: boolean;
  flagCount: number;
  flags: { reason: FlagReason; explanation: string | null; at: string }[];
  submittedAt: string;
}

/**
 * Queries for screens and mailings. The visibility filter is in one place, the implementation's
 * SQL: a response that is not public, not published (pending, awaiting verification, rejected) —
 * or hangs under one that is not visible — never leaves the `published*` methods.
 */
export abstract class ResponseReadModel {
  /** The questions of a projected proposal; null for a proposal we do not know. */
  abstract proposalQuestions(proposalId: string): Promise<AskedQuestion[] | null>;
  /** The paragraph anchors of the proposal's current text; null when not known. */
  abstract proposalAnchors(proposalId: string): Promise<{ anchor: string; since: number }[] | null>;
  /** Up to `page.limit + 1` visible top-level responses in (publishedAt, id) order, each with its sort key; only those the filter names. */
  abstract publishedTopLevel(proposalId: string, page: PageRequest, filter?: PublicResponsesFilter): Promise<(PublishedResponseRow & { key: CursorValue[] })[]>;
  /** The visible replies, at any depth, under these responses: at most `limit`, oldest first. */
  abstract publishedReplies(parentIds: string[], limit: number): Promise<PublishedResponseRow[]>;
  /** How many responses of the proposal are visible, replies included (under the top-level responses the filter names). */
  abstract publishedCount(proposalId: string, filter?: PublicResponsesFilter): Promise<number>;
  /** Pending responses (pre-moderation) and flagged published ones, oldest first, in (submittedAt, id) order. */
  abstract moderationQueue(proposalId: string | undefined, page: PageRequest): Promise<KeysetPage<ModerationItem>>;
  /** One address per person with a verified response, with the language they last wrote in (null: unknown). */
  abstract verifiedRespondents(manager: Tx, proposalId: string): Promise<{ email: string; lang: 'nl' | 'en' | null }[]>;
  /** Published public top-level responses per paragraph anchor, and how many of those answered a text version before the paragraph's last change. */
  abstract publishedPerPassage(proposalId: string, anchors: { anchor: string; since: number }[]): Promise<{ anchor: string; count: number; onEarlierText: number }[]>;
}
