export * from './mail-outbox';
export * from './mail-outbox.migration';
export * from './mail-relay';
export * from './mail.module';
export * from './mail-erasure';
