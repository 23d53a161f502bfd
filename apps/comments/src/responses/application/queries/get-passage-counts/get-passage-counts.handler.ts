import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ProposalNotKnownError } from '../../../domain/response.errors';
import { ResponseReadModel } from '../../ports/response-read-model';
import { GetPassageCountsQuery, PassageCount } from './get-passage-counts.query';

/** Per paragraph of the current text: the count the proposal page shows beside it (0 included). */
@QueryHandler(GetPassageCountsQuery)
export class GetPassageCountsHandler implements IQueryHandler<GetPassageCountsQuery, { proposalId: string; items: PassageCount[] }> {
  constructor(private readonly readModel: ResponseReadModel) {}

  async execute({ proposalId }: GetPassageCountsQuery) {
    if (!(await this.readModel.proposalQuestions(proposalId))) throw new ProposalNotKnownError();
    const anchors = (await this.readModel.proposalAnchors(proposalId)) ?? [];
    const counts = new Map((await this.readModel.publishedPerPassage(proposalId, anchors)).map((c) => [c.anchor, c]));
    return {
      proposalId,
      items: anchors.map((a) => ({ anchor: a.anchor, since: a.since, count: counts.get(a.anchor)?.count ?? 0, onEarlierText: counts.get(a.anchor)?.onEarlierText ?? 0 })),
    };
  }
}
