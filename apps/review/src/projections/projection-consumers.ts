import { BarrierMarkedDuplicateConsumer } from './transport/kafka/barrier-marked-duplicate.consumer';
import { BarrierReportedConsumer } from './transport/kafka/barrier-reported.consumer';
import { BarrierResolvedConsumer } from './transport/kafka/barrier-resolved.consumer';
import { BarrierStatusChangedConsumer } from './transport/kafka/barrier-status-changed.consumer';
import { BarrierTriagedConsumer } from './transport/kafka/barrier-triaged.consumer';
import { ProposalAnsweredConsumer } from './transport/kafka/proposal-answered.consumer';
import { ProposalClosedConsumer } from './transport/kafka/proposal-closed.consumer';
import { ProposalDraftedConsumer } from './transport/kafka/proposal-drafted.consumer';
import { ProposalOpenedConsumer } from './transport/kafka/proposal-opened.consumer';
import { ProposalPublishedConsumer } from './transport/kafka/proposal-published.consumer';
import { ResponseFlaggedConsumer } from './transport/kafka/response-flagged.consumer';
import { ResponseModeratedConsumer } from './transport/kafka/response-moderated.consumer';
import { ResponseSupportedConsumer } from './transport/kafka/response-supported.consumer';
import { ResponseSubmittedConsumer } from './transport/kafka/response-submitted.consumer';
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
  ProposalDraftedConsumer,
  ProposalPublishedConsumer,
  ProposalOpenedConsumer,
  ProposalClosedConsumer,
  ProposalAnsweredConsumer,
  ResponseSubmittedConsumer,
  ResponseModeratedConsumer,
  ResponseSupportedConsumer,
  ResponseFlaggedConsumer,
];
