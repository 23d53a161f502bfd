/**
 * Every PostgreSQL advisory lock the review service takes, in one place, so two features can never
 * pick the same key by accident and a reader of `pg_locks` can tell what a key means.
 *
 * Keys are (class, object) pairs: the class says what is locked, the object which one (a year, a
 * revision, or 0 when there is only one). Classes 7_420_0xx belong to libs (`LibraryLocks` of
 * libs/persistence: the outbox relay, the retention pruner — both run in this service's database),
 * 7_420_1xx and up to the services; scripts/advisory-locks/advisory-locks.spec.ts fails on a class
 * used twice.
 */
export const ReviewLocks = {
  /** One compile per year at a time: revision numbers are handed out in order. Object: the year. */
  compileReview: 7_420_100,
  /** Amendment version numbers are handed out one at a time. Object: 0. */
  amendmentNumbers: 7_420_200,
  // 7_420_300 was the projections' global lock until issue 14; not to be reused.
  /** A revision's HTML/PDF is rendered once. Object: year * 100 000 + revision. */
  reviewDocuments: 7_420_400,
} as const;

export type ReviewLock = (typeof ReviewLocks)[keyof typeof ReviewLocks];
