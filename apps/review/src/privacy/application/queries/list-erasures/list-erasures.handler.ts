import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ErasureListView, ListErasuresQuery } from './list-erasures.query';

@QueryHandler(ListErasuresQuery)
export class ListErasuresHandler implements IQueryHandler<ListErasuresQuery, ErasureListView> {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async execute({ limit, offset }: ListErasuresQuery): Promise<ErasureListView> {
    // One row more than asked tells whether there is a next page without counting the table.
    const rows: { id: string; requested_at: Date; completed_at: Date | null }[] = await this.ds.query(
      `SELECT id, requested_at, completed_at FROM erasure_requests ORDER BY requested_at DESC, id LIMIT $1 OFFSET $2`,
      [limit + 1, offset],
    );
    return {
      // completed_at is set only once every holder of personal data has answered.
      items: rows.slice(0, limit).map((r) => ({ id: r.id, status: r.completed_at ? 'completed' : 'pending', requestedAt: r.requested_at.toISOString(), completedAt: r.completed_at?.toISOString() ?? null })),
      next: rows.length > limit ? `/api/privacy/erasures?limit=${limit}&offset=${offset + limit}` : null,
    };
  }
}
