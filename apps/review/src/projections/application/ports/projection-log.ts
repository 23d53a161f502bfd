/** Consumer group (and inbox name) of the live projections. */
export const PROJECTION_GROUP = 'review.projections';

/** Where a replay has to read up to: the end of every topic the projections are made from, as it was when the replay began. */
export interface ReplayPlan {
  groupId: string;
  /** Per topic and partition (`topic/partition`), the offset the next message will get. */
  ends: Map<string, bigint>;
}

/** The event log the projections are made from, read again from the beginning. */
export abstract class ProjectionLog {
  /** Makes sure the topics exist and notes where each of them ends now. */
  abstract plan(groupId: string): Promise<ReplayPlan>;
  /**
   * Feeds every event up to the plan's ends to the projection consumers, as consumer group
   * `plan.groupId` (each event once, through that group's inbox); resolves with how many events were
   * applied (a message the group sees again is absorbed by the inbox and not counted).
   */
  abstract replay(plan: ReplayPlan, onProgress?: (applied: number) => void): Promise<number>;
}
