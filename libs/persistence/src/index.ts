export * from './typeorm-options';
export * from './retention';
export * from './email-hash-backfill';
export * from './keyset';
export * from './database-env';
export * from './database-unavailable';
export * from './email-hash-filler';
export * from './database-health';
