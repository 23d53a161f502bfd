/**
 * One limit to check: at most `limit` attempts under `key` within the window. The key is already a
 * keyed hash (see `clientAddressKey`, `emailKey`): the limiter stores only what it is given.
 */
export interface RateLimit {
  /** What is limited, e.g. `loket.intake:ip`. Kept apart from the key so counters never mix. */
  bucket: string;
  /** The keyed hash of the value counted (a client address, an e-mail address, a report). */
  key: string;
  limit: number;
}

export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Sliding-window rate limits shared by every replica of a service. Port: the PostgreSQL
 * implementation is `PostgresRateLimiter`; unit tests use a fake.
 */
export abstract class RateLimiter {
  /**
   * Records one attempt under every limit and answers whether all of them are still within their
   * limit for the last `windowSeconds`. When not, `retryAfterSeconds` is when the oldest attempt of
   * the tightest exhausted limit leaves the window (what the client's `Retry-After` says).
   */
  abstract hit(limits: RateLimit[], windowSeconds: number, now: Date): Promise<RateLimitVerdict>;
}
