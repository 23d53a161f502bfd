/**
 * A consistency boundary that records what happened as domain events; the command handler saves
 * the state and turns the pulled events into outbox rows in one transaction. Framework-free on
 * purpose (domain code imports no Nest or ORM).
 */
export abstract class AggregateRoot<E extends object = object> {
  private pending: E[] = [];

  /** Version after the last saved change; each recorded event adds one. */
  protected constructor(public version: number) {}

  protected record(event: E): void {
    this.version += 1;
    this.pending.push(event);
  }

  pullEvents(): E[] {
    const events = this.pending;
    this.pending = [];
    return events;
  }
}
