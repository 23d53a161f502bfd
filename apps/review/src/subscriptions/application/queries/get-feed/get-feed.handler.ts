import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Transactions } from '@pb/persistence';
import type { FeedItem } from '../../../domain/feed-item';
import { UnknownTopicError } from '../../../domain/subscription.errors';
import { isTopic } from '../../../domain/topic';
import { FeedStore } from '../../ports/feed.store';
import { GetFeedQuery } from './get-feed.query';

/** The latest news of a topic, newest first (the Atom feed and the topic's page). */
@QueryHandler(GetFeedQuery)
export class GetFeedHandler implements IQueryHandler<GetFeedQuery, FeedItem[]> {
  constructor(
    private readonly transactions: Transactions,
    private readonly feed: FeedStore,
  ) {}

  async execute({ topicKind, topicRef, limit }: GetFeedQuery): Promise<FeedItem[]> {
    if (!isTopic(topicKind, topicRef)) throw new UnknownTopicError();
    return this.transactions.run((tx) => this.feed.latest(tx, { kind: topicKind, ref: topicRef }, limit));
  }
}
