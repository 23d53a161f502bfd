import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import type { KeysetPage, PageRequest } from '@pb/kernel';
import type { DataSource } from 'typeorm';
import { PROPOSAL_STATUSES, ProposalStatus } from '../../domain/proposal.aggregate';
import { ProposalNotFoundError } from '../../domain/proposal.errors';
import { ProposalRow, ProposalStore } from '../../infrastructure/proposal.store';

const PUBLIC_STATUSES = PROPOSAL_STATUSES.filter((s) => s !== 'draft');

export class ListProposalsQuery {
  constructor(
    readonly filter: { status?: ProposalStatus; theme?: string },
    readonly isCoordinator: boolean,
    readonly page: PageRequest,
  ) {}
}

export class GetProposalQuery {
  constructor(
    readonly id: string,
    readonly isCoordinator: boolean,
  ) {}
}

@QueryHandler(ListProposalsQuery)
export class ListProposalsHandler implements IQueryHandler<ListProposalsQuery, KeysetPage<ProposalRow>> {
  constructor(@InjectDataSource() private readonly ds: DataSource, private readonly store: ProposalStore) {}
  execute({ filter, isCoordinator, page }: ListProposalsQuery): Promise<KeysetPage<ProposalRow>> {
    // Drafts exist for coordinators only; the public never learns of them.
    const visible: ProposalStatus[] = isCoordinator ? [...PROPOSAL_STATUSES] : [...PUBLIC_STATUSES];
    const statuses = filter.status ? visible.filter((s) => s === filter.status) : visible;
    return this.store.list(this.ds.manager, { statuses, theme: filter.theme }, page);
  }
}

@QueryHandler(GetProposalQuery)
export class GetProposalHandler implements IQueryHandler<GetProposalQuery, ProposalRow> {
  constructor(@InjectDataSource() private readonly ds: DataSource, private readonly store: ProposalStore) {}
  async execute({ id, isCoordinator }: GetProposalQuery): Promise<ProposalRow> {
    const row = await this.store.get(this.ds.manager, id);
    if (!row || (row.status === 'draft' && !isCoordinator)) throw new ProposalNotFoundError();
    return row;
  }
}
