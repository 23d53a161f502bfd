import type { Tx } from '@pb/persistence';
import type { Subscription } from '../../domain/subscription';
import type { Topic } from '../../domain/topic';

export interface NewSubscription {
  id: string;
  email: string;
  emailHash: string;
  topic: Topic;
  language: Subscription['language'];
  confirmTokenHash: string;
  confirmExpiresAt: Date;
  createdAt: Date;
}

/** The subscriptions table: addresses live only here. */
export abstract class SubscriptionStore {
  /**
   * Records a pending subscription, or — when the address already has one for the topic — gives it
   * a new confirmation token (an active one stays active). Returns the subscription as stored.
   */
  abstract upsertPending(manager: Tx, s: NewSubscription): Promise<Subscription>;
  /** Confirms the pending subscription whose token hash this is and that has not expired; null when none. */
  abstract confirm(manager: Tx, tokenHash: string, now: Date): Promise<Subscription | null>;
  /** Deletes a subscription; false when there was none. */
  abstract delete(manager: Tx, id: string): Promise<boolean>;
  /** Deletes every subscription of an address (by its keyed hash); how many there were. */
  abstract deleteByEmailHash(manager: Tx, emailHash: string): Promise<number>;
  /** Deletes pending subscriptions whose confirmation expired before `now`; how many. */
  abstract deleteUnconfirmed(manager: Tx, now: Date): Promise<number>;
  /** Confirmed subscriptions of a topic. */
  abstract activeOf(manager: Tx, topic: Topic): Promise<Subscription[]>;
}
