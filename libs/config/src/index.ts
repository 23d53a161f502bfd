export * from './validate-env';
export * from './common-env';
export * from './production-rules';
export * from './retention-env';
