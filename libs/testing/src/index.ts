export * from './test-database';
export * from './test-env';
export * from './wait-for';
export * from './test-app';
export * from './production-env';
export * from './personal-data-scan';
