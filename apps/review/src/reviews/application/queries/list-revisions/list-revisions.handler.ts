import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReviewRevisions } from '../../ports/review-revisions';
import { ListRevisionsQuery, RevisionsView } from './list-revisions.query';

@QueryHandler(ListRevisionsQuery)
export class ListRevisionsHandler implements IQueryHandler<ListRevisionsQuery, RevisionsView> {
  constructor(private readonly revisions: ReviewRevisions) {}

  async execute(q: ListRevisionsQuery): Promise<RevisionsView> {
    const page = await this.revisions.list(q.year, q.page);
    return {
      year: q.year,
      items: page.items.map((r) => ({ revision: r.revision, compiledAt: new Date(r.compiledAt).toISOString(), url: `/api/review/years/${q.year}?revision=${r.revision}` })),
      nextKey: page.nextKey,
    };
  }
}
