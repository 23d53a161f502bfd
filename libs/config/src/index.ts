export * from './validate-env';
export * from './common-env';
