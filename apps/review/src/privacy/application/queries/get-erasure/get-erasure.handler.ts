import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { erasureProgress } from '../../../domain/erasure';
import { ErasureNotFoundError } from '../../../domain/erasure.errors';
import { ErasureRequests } from '../../ports/erasure-requests';
import { ErasureView, GetErasureQuery } from './get-erasure.query';

@QueryHandler(GetErasureQuery)
export class GetErasureHandler implements IQueryHandler<GetErasureQuery, ErasureView> {
  constructor(private readonly requests: ErasureRequests) {}

  async execute({ id }: GetErasureQuery): Promise<ErasureView> {
    const request = await this.requests.find(id);
    if (!request) throw new ErasureNotFoundError();
    const progress = erasureProgress(await this.requests.answers(id));
    return {
      id: request.id,
      status: progress.status,
      requestedAt: request.requestedAt.toISOString(),
      requestedBy: request.requestedBy,
      completedAt: request.completedAt?.toISOString() ?? null,
      services: progress.services.map((s) => ({ ...s, answeredAt: s.answeredAt?.toISOString() ?? null })),
    };
  }
}
