// The abstract EventBroker only: KafkaEventBroker is MessagingModule's to construct (tests and
// scripts that need a raw broker import it from its file).
export * from './broker/event-broker';
export * from './outbox/event-factory';
export * from './outbox/outbox.writer';
export * from './outbox/outbox.relay';
export * from './outbox/parked-events';
export * from './outbox/parked-events.controller';
export * from './consumer/event-consumer';
export * from './consumer/consumer-host';
export * from './consumer/deferred-writes';
export * from './dead-letter/dead-letter-headers';
export * from './dead-letter/dead-letter-replayer';
export * from './persistence/messaging-tables.migration';
export * from './persistence/outbox-parking.migration';
export * from './messaging.module';
export * from './persistence/messaging-retention-indexes.migration';
export * from './retention/messaging-retention';
export * from './kafka-health';
