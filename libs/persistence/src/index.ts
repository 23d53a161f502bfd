export * from './typeorm-options';
export * from './keyset';
