/**
 * Every PostgreSQL advisory lock the proposals service takes, in one place (see the review's
 * registry for the numbering). Keys are (class, object) pairs.
 */
export const ProposalsLocks = {
  /** Replicas starting together publish the strategy seed once. Object: 0. */
  strategySeed: 7_420_500,
} as const;
