import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { KeysetPage } from '@pb/kernel';
import { ModerationItem, ResponseReadModel } from '../../ports/response-read-model';
import { GetModerationQueueQuery } from './get-moderation-queue.query';

/** Pending responses (pre-moderation) and flagged published ones, oldest first. */
@QueryHandler(GetModerationQueueQuery)
export class GetModerationQueueHandler implements IQueryHandler<GetModerationQueueQuery, KeysetPage<ModerationItem>> {
  constructor(private readonly readModel: ResponseReadModel) {}

  execute({ proposalId, page }: GetModerationQueueQuery): Promise<KeysetPage<ModerationItem>> {
    return this.readModel.moderationQueue(proposalId, page);
  }
}
