export * from './typeorm-options';
export * from './retention';
