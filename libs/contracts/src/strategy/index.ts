import { StrategyVersionPublishedV1 } from './strategy-version-published.v1';

export * from './vocabulary';
export * from './strategy-version-published.v1';

export const strategyEvents = [StrategyVersionPublishedV1] as const;
