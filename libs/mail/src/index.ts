export * from './mail-outbox';
export * from './mail-outbox.migration';
export * from './mail-retention.migration';
export * from './mail-priority.migration';
export * from './mail-retention';
export * from './mail-relay';
export * from './mail.module';
export * from './mail-erasure';
