export * from './typeorm-options';
