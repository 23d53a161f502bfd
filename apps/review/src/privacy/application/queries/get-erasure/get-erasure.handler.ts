import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ErasedCounts } from '@pb/contracts';
import type { DataSource } from 'typeorm';
import { erasureProgress } from '../../../domain/erasure';
import { ErasureNotFoundError } from '../../../domain/erasure.errors';
import { ErasureView, GetErasureQuery } from './get-erasure.query';

@QueryHandler(GetErasureQuery)
export class GetErasureHandler implements IQueryHandler<GetErasureQuery, ErasureView> {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async execute({ id }: GetErasureQuery): Promise<ErasureView> {
    const [request]: { id: string; requested_by: string; requested_at: Date; completed_at: Date | null }[] = await this.ds.query(
      `SELECT id, requested_by, requested_at, completed_at FROM erasure_requests WHERE id = $1`,
      [id],
    );
    if (!request) throw new ErasureNotFoundError();
    const answers: { service: string; erased: ErasedCounts; answered_at: Date }[] = await this.ds.query(
      `SELECT service, erased, answered_at FROM erasure_answers WHERE erasure_id = $1`,
      [id],
    );
    const progress = erasureProgress(answers.map((a) => ({ service: a.service, erased: a.erased, answeredAt: a.answered_at })));
    return {
      id: request.id,
      status: progress.status,
      requestedAt: request.requested_at.toISOString(),
      requestedBy: request.requested_by,
      completedAt: request.completed_at?.toISOString() ?? null,
      services: progress.services.map((s) => ({ ...s, answeredAt: s.answeredAt?.toISOString() ?? null })),
    };
  }
}
