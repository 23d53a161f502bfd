import type { AmendmentProposal, Decision } from '../../domain/amendment';

export class ProposeAmendmentCommand {
  constructor(
    readonly year: number,
    readonly proposal: AmendmentProposal,
    readonly by: string,
  ) {}
}

export class DecideAmendmentCommand {
  constructor(
    readonly id: string,
    readonly decision: Decision,
    readonly reason: string,
    readonly by: string,
  ) {}
}

export class RequestStrategyRevisionCommand {
  constructor(
    readonly year: number,
    readonly by: string,
  ) {}
}
