import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { KeysetPage } from '@pb/kernel';
import { PROPOSAL_STATUSES, ProposalStatus } from '../../../domain/proposal.aggregate';
import { ProposalReadModel, ProposalRow } from '../../ports/proposal.read-model';
import { ListProposalsQuery } from './list-proposals.query';

const PUBLIC_STATUSES = PROPOSAL_STATUSES.filter((s) => s !== 'draft');

@QueryHandler(ListProposalsQuery)
export class ListProposalsHandler implements IQueryHandler<ListProposalsQuery, KeysetPage<ProposalRow>> {
  constructor(private readonly proposals: ProposalReadModel) {}

  execute({ filter, isCoordinator, page }: ListProposalsQuery): Promise<KeysetPage<ProposalRow>> {
    // Drafts exist for coordinators only; the public never learns of them.
    const visible: ProposalStatus[] = isCoordinator ? [...PROPOSAL_STATUSES] : [...PUBLIC_STATUSES];
    const statuses = filter.status ? visible.filter((s) => s === filter.status) : visible;
    return this.proposals.list({ statuses, theme: filter.theme }, page);
  }
}
