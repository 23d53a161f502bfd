import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ProposalNotKnownError } from '../../../domain/response.errors';
import { ReadingRoomStore, ReportPick } from '../../ports/reading-room.store';
import { ListReportPicksQuery } from './list-report-picks.query';

@QueryHandler(ListReportPicksQuery)
export class ListReportPicksHandler implements IQueryHandler<ListReportPicksQuery, ReportPick[]> {
  constructor(private readonly store: ReadingRoomStore) {}

  async execute({ proposalId }: ListReportPicksQuery): Promise<ReportPick[]> {
    if (!(await this.store.questions(proposalId))) throw new ProposalNotKnownError();
    return this.store.picks(proposalId);
  }
}
