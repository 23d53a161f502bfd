import type { EventEnvelope, IntegrationEventClass } from '@pb/contracts';
import type { EntityManager } from 'typeorm';

/**
 * Handles integration events inside the transaction that also records them in the inbox, so a
 * redelivered event has no second effect. Write effects through `manager` only.
 */
export interface EventConsumer {
  /** The event classes (type and version) this consumer accepts. */
  readonly events: readonly IntegrationEventClass[];
  handle(event: EventEnvelope<object>, manager: EntityManager): Promise<void>;
  /**
   * Optional: called once per transaction, before any handler runs, with this consumer's events of
   * the batch (those not handled before, in order). Lets a consumer announce what its handlers will
   * read, so a store can read it for the whole batch in one statement instead of one per event.
   * Whatever it does must leave the handlers' result unchanged.
   */
  prepare?(events: EventEnvelope<object>[], manager: EntityManager): Promise<void> | void;
}
