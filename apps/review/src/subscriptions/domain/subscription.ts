/** The language the subscriber used on the form: their mails are in it. */
export type SubscriberLanguage = 'nl' | 'en';
import type { Topic } from './topic';

export type SubscriptionStatus = 'pending' | 'active';

/** Days a confirmation link stays valid; an unconfirmed subscription is erased after that. */
export const CONFIRMATION_DAYS = 7;

/**
 * A person's wish to be mailed about a topic. It counts only once they confirmed from the mail
 * (double opt-in: nobody can subscribe someone else). Unsubscribing deletes it: nothing of the
 * address is kept.
 */
export interface Subscription {
  id: string;
  email: string;
  topic: Topic;
  language: SubscriberLanguage;
  status: SubscriptionStatus;
}

export const confirmationExpiry = (now: Date): Date => new Date(now.getTime() + CONFIRMATION_DAYS * 24 * 3600 * 1000);
