import { BarrierEndorsedConsumer } from './barrier-endorsed.consumer';
import { BarrierEndorsementWithdrawnConsumer } from './barrier-endorsement-withdrawn.consumer';
import { BarrierMarkedDuplicateConsumer } from './barrier-marked-duplicate.consumer';
import { BarrierReportedConsumer } from './barrier-reported.consumer';
import { BarrierResolvedConsumer } from './barrier-resolved.consumer';
import { BarrierSatisfactionGivenConsumer } from './barrier-satisfaction-given.consumer';
import { BarrierStatusChangedConsumer } from './barrier-status-changed.consumer';
import { BarrierTriagedConsumer } from './barrier-triaged.consumer';
import { ConsultationAnalysisSignedOffConsumer } from './consultation-analysis-signed-off.consumer';
import { ProposalAnsweredConsumer } from './proposal-answered.consumer';
import { ProposalClosedConsumer } from './proposal-closed.consumer';
import { ProposalDraftedConsumer } from './proposal-drafted.consumer';
import { ProposalOpenedConsumer } from './proposal-opened.consumer';
import { ProposalClosingExtendedConsumer } from './proposal-closing-extended.consumer';
import { ProposalDraftEditedConsumer } from './proposal-draft-edited.consumer';
import { ProposalWithdrawnConsumer } from './proposal-withdrawn.consumer';
import { ProposalPublishedConsumer } from './proposal-published.consumer';
import { ResponseAttachmentTextExtractedConsumer } from './response-attachment-text-extracted.consumer';
import { ResponseFlaggedConsumer } from './response-flagged.consumer';
import { ResponseModeratedConsumer } from './response-moderated.consumer';
import { ResponseSupportedConsumer } from './response-supported.consumer';
import { ResponseSubmittedConsumer } from './response-submitted.consumer';
import { StrategyVersionPublishedConsumer } from './strategy-version-published.consumer';

// The group's name belongs to the replay use case as much as to this wiring.
export { PROJECTION_GROUP } from '../../application/ports/projection-log';

/** Every consumer that feeds the projections; the replay uses the same list. */
export const PROJECTION_CONSUMERS = [
  StrategyVersionPublishedConsumer,
  BarrierReportedConsumer,
  BarrierTriagedConsumer,
  BarrierStatusChangedConsumer,
  BarrierResolvedConsumer,
  BarrierMarkedDuplicateConsumer,
  BarrierSatisfactionGivenConsumer,
  BarrierEndorsedConsumer,
  BarrierEndorsementWithdrawnConsumer,
  ProposalDraftedConsumer,
  ProposalPublishedConsumer,
  ProposalOpenedConsumer,
  ProposalClosedConsumer,
  ProposalAnsweredConsumer,
  ProposalDraftEditedConsumer,
  ProposalClosingExtendedConsumer,
  ProposalWithdrawnConsumer,
  ResponseSubmittedConsumer,
  ResponseModeratedConsumer,
  ResponseSupportedConsumer,
  ResponseFlaggedConsumer,
  ResponseAttachmentTextExtractedConsumer,
  ConsultationAnalysisSignedOffConsumer,
];
