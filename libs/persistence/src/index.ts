export * from './typeorm-options';
export * from './retention';
export * from './email-hash-backfill';
export * from './keyset';
