import type { EntityManager } from 'typeorm';
import type { FeedItem } from '../../domain/feed-item';
import type { Subscription } from '../../domain/subscription';

/** Queues the subscribers' mails in the caller's transaction (the mail outbox sends them). */
export abstract class SubscriptionMailer {
  abstract confirmation(manager: EntityManager, subscription: Subscription, confirmToken: string): Promise<void>;
  abstract notice(manager: EntityManager, subscription: Subscription, item: FeedItem): Promise<void>;
}
