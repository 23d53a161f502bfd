/** The projections as a whole, and the inbox that says which events they already hold. */
export abstract class ProjectionTables {
  /** Empties everything learnt from events (nothing the review decided itself) and forgets which events `group` took in. */
  abstract reset(group: string): Promise<void>;

  /** How many events `group`'s inbox holds: after a reset and a replay, each event the projections applied, once. */
  abstract inboxCount(group: string): Promise<number>;
}
