import type { PageRequest } from '@pb/kernel';
import type { ProposalStatus } from '../../../domain/proposal.aggregate';

export class ListProposalsQuery {
  constructor(
    readonly filter: { status?: ProposalStatus; theme?: string },
    readonly isCoordinator: boolean,
    readonly page: PageRequest,
  ) {}
}
