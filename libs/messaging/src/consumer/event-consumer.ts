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
}
