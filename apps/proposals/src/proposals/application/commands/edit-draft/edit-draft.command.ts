import type { CreateProposalInput } from '../create-proposal/create-proposal.command';

/** A coordinator changes a draft: the same fields as creating one. */
export class EditDraftCommand {
  constructor(
    readonly proposalId: string,
    readonly input: CreateProposalInput,
    readonly coordinatorId: string,
  ) {}
}
