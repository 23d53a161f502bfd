/** What the first request with a key left behind (or is still doing). */
export type IdempotencyBegin =
  | { outcome: 'started' }
  | { outcome: 'mismatch' }
  | { outcome: 'in-progress' }
  | { outcome: 'completed'; status: number; body: unknown; headers: Record<string, string> };

export interface IdempotencyClaim {
  /** `anon`, or `principal:<id>` for a logged-in caller: one caller's key never meets another's. */
  scope: string;
  /** SHA-256 of the key as sent (the key itself is not stored). */
  keyHash: string;
  /** Method and route pattern, e.g. `POST /api/loket/reports`. */
  route: string;
  /** SHA-256 of the method, the URL with its query and the body: what "the same request" means. */
  requestHash: string;
  now: Date;
  expiresAt: Date;
  /** An unfinished claim older than this (its process died) may be taken over by the same request. */
  staleBefore: Date;
}

/**
 * Remembers the answer given to each idempotency key (port; PostgresIdempotencyStore keeps it in the
 * service's own database, table `idempotency_keys`).
 */
export abstract class IdempotencyStore {
  /** Claims the key for this request, or tells what an earlier request with the key did. */
  abstract begin(claim: IdempotencyClaim): Promise<IdempotencyBegin>;
  /** Stores the answer, so a repeat gets the same one. */
  abstract complete(scope: string, keyHash: string, answer: { status: number; body: unknown; headers: Record<string, string> }): Promise<void>;
  /** The request failed: the key is free again (an error is not "something was made"). */
  abstract release(scope: string, keyHash: string): Promise<void>;
}
