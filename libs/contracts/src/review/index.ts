import { StrategyRevisionRequestedV1 } from './strategy-revision-requested.v1';

export * from './strategy-revision-requested.v1';

export const reviewEvents = [StrategyRevisionRequestedV1] as const;
