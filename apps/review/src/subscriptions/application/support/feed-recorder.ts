import { Injectable } from '@nestjs/common';
import type { Tx } from '@pb/persistence';
import { FeedEvent, ReportTopics, topicsOfResolvedBarrier } from '../../domain/feed-item';
import type { Topic } from '../../domain/topic';
import { FeedStore } from '../ports/feed.store';
import { SubscriptionMailer } from '../ports/subscription-mailer';
import { SubscriptionStore } from '../ports/subscription.store';

/**
 * What the subscriptions' consumers do, inside the transaction of the event's inbox row: record
 * the news under each topic it concerns and queue one mail per confirmed subscriber. An event seen
 * before (redelivered) records nothing and mails nobody again.
 */
@Injectable()
export class FeedRecorder {
  constructor(
    private readonly feed: FeedStore,
    private readonly subscriptions: SubscriptionStore,
    private readonly mailer: SubscriptionMailer,
  ) {}

  async record(manager: Tx, event: FeedEvent, topics: Topic[]): Promise<number> {
    let mailed = 0;
    for (const topic of topics) {
      const item = await this.feed.record(manager, event, topic);
      if (!item) continue;
      for (const subscription of await this.subscriptions.activeOf(manager, topic)) {
        await this.mailer.notice(manager, subscription, item);
        mailed++;
      }
    }
    return mailed;
  }

  rememberReport(manager: Tx, reportId: string, topics: Partial<ReportTopics>): Promise<void> {
    return this.feed.rememberReport(manager, reportId, topics);
  }

  /** A published report was resolved: news for its theme, its regulation and its register entry. */
  async barrierResolved(manager: Tx, eventId: string, reportId: string, occurredAt: string): Promise<void> {
    const report = await this.feed.reportTopics(manager, reportId);
    if (!report?.reference) return;
    await this.record(
      manager,
      { eventId, kind: 'barrier-resolved', subjectRef: report.reference, title: report.reference, path: `/register/${report.reference}`, occurredAt },
      topicsOfResolvedBarrier(report),
    );
  }

  /**
   * A year's review appeared: news for those who follow a theme it has a section for. Only the first
   * revision of a year is "a new review"; a later one corrects it (its page and documents show the
   * latest) and mailing every follower again for each recompile would be noise.
   */
  async reviewCompiled(manager: Tx, eventId: string, review: { year: number; revision: number; compiledAt: string }): Promise<number> {
    if (review.revision !== 1) return 0;
    const themes = await this.feed.themesOfReview(manager, review.year, review.revision);
    return this.record(
      manager,
      { eventId, kind: 'review-compiled', subjectRef: String(review.year), title: String(review.year), path: `/jaaroverzichten/${review.year}`, occurredAt: review.compiledAt },
      themes.map((ref) => ({ kind: 'theme' as const, ref })),
    );
  }
}
