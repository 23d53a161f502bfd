export * from './rate-limiter';
export * from './postgres-rate-limiter';
export * from './rate-limit.migration';
export * from './rate-limit-keys';
export * from './rate-limit.module';
export * from './rate-limit.retention';
