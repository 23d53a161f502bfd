import { consultationEvents } from './consultation';
import { IntegrationEventClass, eventKey } from './integration-event';
import { loketEvents } from './loket';
import { privacyEvents } from './privacy';
import { reviewEvents } from './review';
import { strategyEvents } from './strategy';

/** Every integration event the platform knows, in every version still accepted. */
export const EVENT_CATALOGUE: readonly IntegrationEventClass[] = [
  ...loketEvents,
  ...strategyEvents,
  ...consultationEvents,
  ...reviewEvents,
  ...privacyEvents,
];

const byKey = new Map(EVENT_CATALOGUE.map((cls) => [eventKey(cls.type, cls.version), cls]));

export function findEventClass(type: string, version: number): IntegrationEventClass | undefined {
  return byKey.get(eventKey(type, version));
}
