import type { KeysetPage, PageRequest } from '@pb/kernel';
import type { AskedQuestion } from '../../domain/answer-rules';
import type { AttachmentKind, TextStatus } from '../../domain/attachment-rules';
import type { ReadingRoomFilter, ReadingRoomStatus } from '../../domain/reading-room-filter';
import type { Stance } from '../../../shared/domain/stance';

/** An attachment as the reading room lists it (its text is searched, not shown). */
export interface ReadingRoomAttachment {
  id: string;
  fileName: string;
  kind: AttachmentKind;
  sizeBytes: number;
  textStatus: TextStatus;
}

/**
 * A response as the coordinator reads it: every confirmed response, public or not, with its
 * moderation state — and never the author's e-mail address (nor name: the reading room is about
 * what was said; an organisation is named because it responded as one).
 */
export interface ReadingRoomResponse {
  id: string;
  parentId: string | null;
  status: ReadingRoomStatus;
  public: boolean;
  body: string;
  answers: { questionId: string; answer: unknown }[];
  onBehalfOf: string | null;
  supportCount: number;
  flagCount: number;
  submittedAt: Date;
  publishedAt: Date | null;
  attachments: ReadingRoomAttachment[];
  /** Where the current analysis put it: its theme (null: in none) and its stance per question; null when that analysis did not read it (or there is none). */
  analysis: ResponseAnalysis | null;
}

export interface ResponseAnalysis {
  themeId: string | null;
  /** Per question id (or BODY_QUESTION, the main text) the response took a stance on. */
  stances: { questionId: string; stance: Stance }[];
}

/**
 * The proposal's current analysis as the reading room filters on it: the signed-off one if there
 * is one, else the newest in review (see ReadingRoomFilter). Its themes' labels, not their responses.
 */
export interface ReadingRoomAnalysis {
  id: string;
  status: 'review' | 'signed-off';
  /** `label` null: the coordinator rejected the label and has not named it yet (`terms` say what it is about). */
  themes: { id: string; label: string | null; terms: string[] }[];
  /** The questions (and BODY_QUESTION) it read stances on. */
  stanceQuestionIds: string[];
}

export interface ReportPick {
  slot: number;
  responseId: string;
  /** The first words of the response, so the report form can show what was picked. */
  excerpt: string;
}

/** How often each option (or scale value) was chosen, per question, and how many answered it. */
export interface AnswerCounts {
  /** The projection's status: results are public once it is `closed` or `answered`. */
  status: string;
  questions: AskedQuestion[];
  /** Per question id: how many responses answered it, and per option id / scale value how many chose it. */
  counts: { questionId: string; value: string | null; count: number }[];
}

/** How many responses match a filter; `exact` false: at least `total`. */
export interface MatchCount {
  total: number;
  exact: boolean;
}

/** The reading room's set-based reads (and the report picks), parameterised SQL in infrastructure. */
export abstract class ReadingRoomStore {
  /** The proposal's questions from our projection; null for a proposal we do not know. */
  abstract questions(proposalId: string): Promise<AskedQuestion[] | null>;
  /** The analysis the theme and stance filters read; null when the proposal has none in review or signed off. */
  abstract currentAnalysis(proposalId: string): Promise<ReadingRoomAnalysis | null>;
  /** Up to `page.limit` responses after `page.after`, in (submittedAt, id) order. */
  abstract page(proposalId: string, filter: ReadingRoomFilter, page: PageRequest): Promise<KeysetPage<ReadingRoomResponse>>;
  /**
   * How many responses match the filter, for the heading: exact without a filter (a counter the
   * database keeps); with one, counted up to `cap` — past it, `total` is `cap` and `exact` false,
   * so a page over a million responses never counts them all.
   */
  abstract count(proposalId: string, filter: ReadingRoomFilter, cap: number): Promise<MatchCount>;
  /** Picks responses for a report topic; only confirmed responses of this proposal are kept. Returns how many were new. */
  abstract pick(proposalId: string, slot: number, responseIds: string[], at: Date): Promise<number>;
  abstract unpick(proposalId: string, slot: number, responseIds: string[]): Promise<void>;
  abstract picks(proposalId: string): Promise<ReportPick[]>;
  /**
   * Counts over the confirmed top-level responses that were not rejected (pending or published,
   * public or not: a count says nothing about a person). Null for an unknown proposal.
   */
  abstract answerCounts(proposalId: string): Promise<AnswerCounts | null>;
}
