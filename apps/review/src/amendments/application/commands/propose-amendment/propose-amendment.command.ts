import type { AmendmentProposal } from '../../../domain/amendment';

export class ProposeAmendmentCommand {
  constructor(
    readonly year: number,
    readonly proposal: AmendmentProposal,
    readonly by: string,
  ) {}
}
