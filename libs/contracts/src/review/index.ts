import { AmendmentDecidedV1 } from './amendment-decided.v1';
import { AmendmentProposedV1 } from './amendment-proposed.v1';
import { IndicatorValueRecordedV1 } from './indicator-value-recorded.v1';
import { ReviewCompiledV1 } from './review-compiled.v1';
import { StrategyRevisionRequestedV1 } from './strategy-revision-requested.v1';

export * from './strategy-revision-requested.v1';
export * from './amendment-proposed.v1';
export * from './amendment-decided.v1';
export * from './review-compiled.v1';
export * from './indicator-value-recorded.v1';

export const reviewEvents = [StrategyRevisionRequestedV1, AmendmentProposedV1, AmendmentDecidedV1, ReviewCompiledV1, IndicatorValueRecordedV1] as const;
