import type { ResponseStatus } from '@pb/contracts/vocabulary';
import { BODY_QUESTION, type Stance } from '../../shared/domain/stance';

/** The statuses a coordinator reads: every confirmed response, also the rejected ones (they count for the report). */
export const READING_ROOM_STATUSES = ['pending-moderation', 'published', 'rejected'] as const satisfies readonly ResponseStatus[];
export type ReadingRoomStatus = (typeof READING_ROOM_STATUSES)[number];

/**
 * What a coordinator narrows the reading room to. Every field is optional and they combine with AND.
 *
 * Each field is one clause in the store's `filterClauses`; the list, the count, the export and the
 * page's form all take the filter whole. Theme and stance come from the proposal's current analysis
 * (issue 11 item 4): the signed-off one if there is one, else the newest one in review — what the
 * coordinator is working on until it is signed off; without either they match nothing.
 */
export interface ReadingRoomFilter {
  /** Words to find (PostgreSQL web-search syntax: `"exact phrase"`, `or`, `-without`), Dutch stemming; in the response and in its attachments' text. */
  text?: string;
  /** Only responses that answered this question … */
  questionId?: string;
  /** … with this option (single/multiple choice) or scale value; only together with `questionId`. */
  answer?: string;
  /** true: on behalf of an organisation; false: as an individual. */
  organisation?: boolean;
  public?: boolean;
  status?: ReadingRoomStatus;
  /** Top-level responses only (no replies to other responses). */
  topLevel?: boolean;
  /** true: with at least one attachment (a position paper); false: without. */
  attachment?: boolean;
  /** In this theme of the current analysis (`t1`, `t2` …). */
  themeId?: string;
  /** With this stance on `stanceQuestionId`: a question's id, or BODY_QUESTION (the response's main text, the default). */
  stance?: Stance;
  stanceQuestionId?: string;
}

/**
 * A filtered total is counted up to this many responses; past it the heading says "more than
 * 10 000". Counting every match of a filter over a million responses took 0.4–0.5 s a page
 * (issue 14); nobody reads a heading's exact 412 387, and the export counts every row anyway.
 */
export const READING_ROOM_COUNT_CAP = 10_000;

/** True when a (normalised) filter narrows nothing: the reading room's total is then the proposal's counter. */
export const isUnfiltered = (f: ReadingRoomFilter): boolean => Object.keys(f).length === 0;

/** A filter with its empty values dropped: an empty search box means no search. */
export function normaliseFilter(f: ReadingRoomFilter): ReadingRoomFilter {
  const text = f.text?.trim();
  return {
    ...(text ? { text } : {}),
    ...(f.questionId ? { questionId: f.questionId } : {}),
    ...(f.questionId && f.answer !== undefined && f.answer !== '' ? { answer: f.answer } : {}),
    ...(f.organisation !== undefined ? { organisation: f.organisation } : {}),
    ...(f.public !== undefined ? { public: f.public } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.topLevel ? { topLevel: true } : {}),
    ...(f.attachment !== undefined ? { attachment: f.attachment } : {}),
    ...(f.themeId ? { themeId: f.themeId } : {}),
    ...(f.stance ? { stance: f.stance, stanceQuestionId: f.stanceQuestionId || BODY_QUESTION } : {}),
  };
}
