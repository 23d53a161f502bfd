export * from './retention-task';
export * from './retention-registry';
export * from './retention-pruner';
export * from './retention.module';
