import type { TopicName } from './topics';

/**
 * The static side of an integration event class: one class per event type and version, whose
 * instance fields (with class-validator decorators) are the payload schema.
 */
export interface IntegrationEventClass<P extends object = object> {
  new (): P;
  readonly type: string;
  readonly version: number;
  readonly topic: TopicName;
  /** One line for the event catalogue. */
  readonly description: string;
}

export const eventKey = (type: string, version: number): string => `${type}@v${version}`;
