import { BarrierEndorsedV1 } from './barrier-endorsed.v1';
import { BarrierEndorsementWithdrawnV1 } from './barrier-endorsement-withdrawn.v1';
import { BarrierMarkedDuplicateV1 } from './barrier-marked-duplicate.v1';
import { BarrierReportedV1 } from './barrier-reported.v1';
import { BarrierReportedV2 } from './barrier-reported.v2';
import { BarrierReportedV3 } from './barrier-reported.v3';
import { BarrierResolvedV1 } from './barrier-resolved.v1';
import { BarrierReopenedV1 } from './barrier-reopened.v1';
import { BarrierSatisfactionGivenV1 } from './barrier-satisfaction-given.v1';
import { BarrierStatusChangedV1 } from './barrier-status-changed.v1';
import { BarrierStatusChangedV2 } from './barrier-status-changed.v2';
import { BarrierStatusChangedV3 } from './barrier-status-changed.v3';
import { BarrierSplitV1 } from './barrier-split.v1';
import { BarrierTriagedV1 } from './barrier-triaged.v1';

export * from './vocabulary';
export * from './barrier-reported.v1';
export * from './barrier-reported.v2';
export * from './barrier-reported.v3';
export * from './barrier-triaged.v1';
export * from './barrier-status-changed.v1';
export * from './barrier-status-changed.v2';
export * from './barrier-status-changed.v3';
export * from './barrier-split.v1';
export * from './barrier-satisfaction-given.v1';
export * from './barrier-reopened.v1';
export * from './barrier-resolved.v1';
export * from './barrier-marked-duplicate.v1';
export * from './barrier-endorsed.v1';
export * from './barrier-endorsement-withdrawn.v1';

export const loketEvents = [
  BarrierReportedV1,
  BarrierReportedV2,
  BarrierReportedV3,
  BarrierTriagedV1,
  BarrierStatusChangedV1,
  BarrierStatusChangedV2,
  BarrierStatusChangedV3,
  BarrierResolvedV1,
  BarrierSatisfactionGivenV1,
  BarrierReopenedV1,
  BarrierMarkedDuplicateV1,
  BarrierSplitV1,
  BarrierEndorsedV1,
  BarrierEndorsementWithdrawnV1,
] as const;
