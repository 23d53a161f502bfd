export * from './validate-env';
export * from './common-env';
export * from './retention-env';
