/**
 * The unsubscribe link of a subscription: a keyed hash of its id, so every notice can carry it
 * without storing a token, and nobody can make one without the key.
 */
export abstract class UnsubscribeTokens {
  abstract tokenOf(subscriptionId: string): string;
  /** The subscription id the token belongs to, when it is genuine. */
  abstract subscriptionOf(token: string): string | null;
}
