import type { Tx } from '@pb/persistence';
import type { FeedItem } from '../../domain/feed-item';
import type { Subscription } from '../../domain/subscription';

/** Queues the subscribers' mails in the caller's transaction (the mail outbox sends them). */
export abstract class SubscriptionMailer {
  abstract confirmation(manager: Tx, subscription: Subscription, confirmToken: string): Promise<void>;
  abstract notice(manager: Tx, subscription: Subscription, item: FeedItem): Promise<void>;
}
