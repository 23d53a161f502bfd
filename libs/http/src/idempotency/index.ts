export * from './idempotency.store';
export * from './postgres-idempotency.store';
export * from './idempotency.migration';
export * from './idempotency.errors';
export * from './idempotent.decorator';
export * from './idempotency.interceptor';
export * from './idempotency.module';
export * from './idempotency.retention';
