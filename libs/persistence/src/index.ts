export * from './typeorm-options';
export * from './email-hash-backfill';
