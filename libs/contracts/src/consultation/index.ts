import { ConsultationAnalysisSignedOffV1 } from './consultation-analysis-signed-off.v1';
import { ProposalAnsweredV1 } from './proposal-answered.v1';
import { ProposalClosedV1 } from './proposal-closed.v1';
import { ProposalDraftedV1 } from './proposal-drafted.v1';
import { ProposalOpenedV1 } from './proposal-opened.v1';
import { ProposalPublishedV1 } from './proposal-published.v1';
import { ProposalPublishedV2 } from './proposal-published.v2';
import { ProposalPublishedV3 } from './proposal-published.v3';
import { ProposalDraftEditedV1 } from './proposal-draft-edited.v1';
import { ProposalTextCorrectedV1 } from './proposal-text-corrected.v1';
import { ProposalClosingExtendedV1 } from './proposal-closing-extended.v1';
import { ProposalWithdrawnV1 } from './proposal-withdrawn.v1';
import { ProposalTranslatedV1 } from './proposal-translated.v1';
import { ResponseFlaggedV1 } from './response-flagged.v1';
import { ResponseModeratedV1 } from './response-moderated.v1';
import { ResponseSubmittedV1 } from './response-submitted.v1';
import { ResponseSubmittedV2 } from './response-submitted.v2';
import { ResponseSupportedV1 } from './response-supported.v1';
import { ResponseAttachmentTextExtractedV1 } from './response-attachment-text-extracted.v1';

export * from './vocabulary';
export * from './proposal-events.shared';
export * from './proposal-drafted.v1';
export * from './proposal-published.v1';
export * from './proposal-published.v2';
export * from './proposal-published.v3';
export * from './proposal-draft-edited.v1';
export * from './proposal-text-corrected.v1';
export * from './proposal-closing-extended.v1';
export * from './proposal-withdrawn.v1';
export * from './proposal-translated.v1';
export * from './proposal-opened.v1';
export * from './proposal-closed.v1';
export * from './proposal-answered.v1';
export * from './response-submitted.v1';
export * from './response-submitted.v2';
export * from './response-moderated.v1';
export * from './response-supported.v1';
export * from './response-flagged.v1';
export * from './response-attachment-text-extracted.v1';
export * from './consultation-analysis-signed-off.v1';

// Integration events of the consultation area: one class per event type and version.
export const consultationEvents = [
  ProposalDraftedV1,
  ProposalPublishedV1,
  ProposalPublishedV2,
  ProposalPublishedV3,
  ProposalDraftEditedV1,
  ProposalTextCorrectedV1,
  ProposalClosingExtendedV1,
  ProposalWithdrawnV1,
  ProposalTranslatedV1,
  ProposalOpenedV1,
  ProposalClosedV1,
  ProposalAnsweredV1,
  ResponseSubmittedV1,
  ResponseSubmittedV2,
  ResponseModeratedV1,
  ResponseSupportedV1,
  ResponseFlaggedV1,
  ResponseAttachmentTextExtractedV1,
  ConsultationAnalysisSignedOffV1,
] as const;
