import { BarrierMarkedDuplicateConsumer } from './transport/kafka/barrier-marked-duplicate.consumer';
import { BarrierReportedConsumer } from './transport/kafka/barrier-reported.consumer';
import { BarrierResolvedConsumer } from './transport/kafka/barrier-resolved.consumer';
import { BarrierStatusChangedConsumer } from './transport/kafka/barrier-status-changed.consumer';
import { BarrierTriagedConsumer } from './transport/kafka/barrier-triaged.consumer';
import { StrategyVersionPublishedConsumer } from './transport/kafka/strategy-version-published.consumer';

/** Consumer group (and inbox name) of the live projections. */
export const PROJECTION_GROUP = 'review.projections';

/** Every consumer that feeds the projections; the replay uses the same list. */
export const PROJECTION_CONSUMERS = [
  StrategyVersionPublishedConsumer,
  BarrierReportedConsumer,
  BarrierTriagedConsumer,
  BarrierStatusChangedConsumer,
  BarrierResolvedConsumer,
  BarrierMarkedDuplicateConsumer,
];
