import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ProposalNotFoundError } from '../../../domain/proposal.errors';
import { ProposalReadModel, ProposalRow } from '../../ports/proposal.read-model';
import { GetProposalQuery } from './get-proposal.query';

@QueryHandler(GetProposalQuery)
export class GetProposalHandler implements IQueryHandler<GetProposalQuery, ProposalRow> {
  constructor(private readonly proposals: ProposalReadModel) {}

  async execute({ id, isCoordinator }: GetProposalQuery): Promise<ProposalRow> {
    const row = await this.proposals.get(id);
    // A draft is not found for anyone but coordinators, exactly like an unknown id.
    if (!row || (row.status === 'draft' && !isCoordinator)) throw new ProposalNotFoundError();
    return row;
  }
}
