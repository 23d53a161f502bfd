import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ErasureRequests } from '../../ports/erasure-requests';
import { ErasureListView, ListErasuresQuery } from './list-erasures.query';

@QueryHandler(ListErasuresQuery)
export class ListErasuresHandler implements IQueryHandler<ListErasuresQuery, ErasureListView> {
  constructor(private readonly requests: ErasureRequests) {}

  async execute({ limit, offset }: ListErasuresQuery): Promise<ErasureListView> {
    // One row more than asked tells whether there is a next page without counting the table.
    const rows = await this.requests.list(limit + 1, offset);
    return {
      // completedAt is set only once every holder of personal data has answered.
      items: rows.slice(0, limit).map((r) => ({ id: r.id, status: r.completedAt ? 'completed' : 'pending', requestedAt: r.requestedAt.toISOString(), completedAt: r.completedAt?.toISOString() ?? null })),
      next: rows.length > limit ? `/api/privacy/erasures?limit=${limit}&offset=${offset + limit}` : null,
    };
  }
}
