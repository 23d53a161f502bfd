import type { Tx } from '@pb/persistence';
import type { FeedEvent, FeedItem, ReportTopics } from '../../domain/feed-item';
import type { Topic } from '../../domain/topic';

/** Feed items per topic, and what the review knows of a report to place it under topics. */
export abstract class FeedStore {
  /** Records the event under the topic; null when it was recorded before (a redelivery or a replay). */
  abstract record(manager: Tx, event: FeedEvent, topic: Topic): Promise<FeedItem | null>;
  /** The latest items of a topic, newest first. */
  abstract latest(manager: Tx, topic: Topic, limit: number): Promise<FeedItem[]>;
  /** Merges what an event says about a report (a null leaves what was known). */
  abstract rememberReport(manager: Tx, reportId: string, topics: Partial<ReportTopics>): Promise<void>;
  abstract reportTopics(manager: Tx, reportId: string): Promise<ReportTopics | null>;
  /**
   * The themes a compiled revision has something to say about (reports, responses, consultation
   * reports or amendments): the sections a reader of the review finds. Empty for an unknown revision.
   */
  abstract themesOfReview(manager: Tx, year: number, revision: number): Promise<string[]>;
}
