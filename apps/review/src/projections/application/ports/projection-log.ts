/** Consumer group (and inbox name) of the live projections. */
export const PROJECTION_GROUP = 'review.projections';

/** Where a replay has to read up to: the end of every topic the projections are made from, as it was when the replay began. */
export interface ReplayPlan {
  groupId: string;
  /** Per topic and partition (`topic/partition`), the offset the next message will get. */
  ends: Map<string, bigint>;
}

/** What a replay applied: in all (each event once), and per reader (this process first). */
export interface ReplayCount {
  events: number;
  perReader: number[];
  /** Where the time went (milliseconds by phase), where the writer measures it. */
  timings?: Record<string, number>;
}

/**
 * How a replay writes: `bulk`, one writer applying windows of all partitions in memory and writing
 * each window whole (the fast way to rebuild); `consumers`, through the live consumers' transactions
 * with `readers` members of a consumer group (what live replicas do, so it shows them scaling out).
 */
export type ReplayWriter = 'bulk' | 'consumers';

export interface ReplayOptions {
  /** Default: `bulk` with one reader, `consumers` with more. */
  writer?: ReplayWriter;
  /** Members of the consumer group (`consumers` only; default 1). */
  readers?: number;
  onProgress?: (read: number) => void;
}

/** The event log the projections are made from, read again from the beginning. */
export abstract class ProjectionLog {
  /** Makes sure the topics exist and notes where each of them ends now. */
  abstract plan(groupId: string): Promise<ReplayPlan>;
  /**
   * Feeds every event up to the plan's ends to the projection consumers, as consumer group
   * `plan.groupId` (each event once, through the live group's inbox); resolves with how many events were
   * applied (a message the group sees again is absorbed by the inbox and not counted). With the
   * `consumers` writer, `readers` members of the group read in parallel (this process and
   * `readers - 1` others), each taking its share of the partitions, as live replicas do.
   */
  abstract replay(plan: ReplayPlan, options?: ReplayOptions): Promise<ReplayCount>;
}
