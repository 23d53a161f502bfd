import { randomUUID } from 'node:crypto';
import { EventActor, EventEnvelope, IntegrationEventClass } from '@pb/contracts';
import { RequestContext } from '@pb/observability';

export interface EventMeta {
  aggregateId: string;
  aggregateVersion: number;
  actor: EventActor;
  occurredAt?: Date;
}

/** Builds an envelope for an integration event; correlation and causation come from the context. */
export function createEvent<P extends object>(
  cls: IntegrationEventClass<P>,
  payload: P,
  meta: EventMeta,
): EventEnvelope<P> {
  const ctx = RequestContext.current();
  return {
    eventId: randomUUID(),
    type: cls.type,
    version: cls.version,
    occurredAt: (meta.occurredAt ?? new Date()).toISOString(),
    aggregateId: meta.aggregateId,
    aggregateVersion: meta.aggregateVersion,
    correlationId: ctx?.correlationId ?? randomUUID(),
    causationId: ctx?.causationId ?? null,
    actor: meta.actor,
    payload: { ...payload },
  };
}
