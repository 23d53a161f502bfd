import type { Topic } from './topic';

/** What happened that subscribers of a topic are told about, and what the Atom feeds list. */
export const FEED_ITEM_KINDS = ['proposal-published', 'barrier-resolved', 'review-compiled'] as const;
export type FeedItemKind = (typeof FEED_ITEM_KINDS)[number];

export interface FeedEvent {
  /** The event that caused it: recording the same event twice changes nothing (idempotent, replay-safe). */
  eventId: string;
  kind: FeedItemKind;
  /** The proposal id, the report reference or the review year. */
  subjectRef: string;
  /** A public title (a proposal's title, a register reference): never text typed by a reporter. */
  title: string;
  /** The public page, as a path of the portal (`/consultaties/<id>`). */
  path: string;
  occurredAt: string;
}

export interface FeedItem extends FeedEvent {
  id: string;
  topic: Topic;
}

/** What the review knows of a report to place it under topics (kept from the loket's events). */
export interface ReportTopics {
  reference: string | null;
  theme: string | null;
  bwbId: string | null;
}

/**
 * The topics a resolved barrier concerns: its theme, its regulation and the barrier itself. Only a
 * report the reporter allowed to publish becomes a register entry, so only such a report is news.
 */
export function topicsOfResolvedBarrier(report: ReportTopics): Topic[] {
  const topics: Topic[] = [];
  if (report.theme) topics.push({ kind: 'theme', ref: report.theme });
  if (report.bwbId) topics.push({ kind: 'regulation', ref: report.bwbId });
  if (report.reference) topics.push({ kind: 'barrier', ref: report.reference });
  return topics;
}
