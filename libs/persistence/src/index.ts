export * from './typeorm-options';
export * from './database-env';
export * from './database-unavailable';
