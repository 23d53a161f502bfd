import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Clock } from '@pb/kernel';
import { QueuePage, ReportReadModel } from '../../ports/report-read-model';
import { ListQueueQuery } from './list-queue.query';

@QueryHandler(ListQueueQuery)
export class ListQueueHandler implements IQueryHandler<ListQueueQuery, QueuePage> {
  constructor(
    private readonly readModel: ReportReadModel,
    private readonly clock: Clock,
  ) {}

  execute({ filters, scope }: ListQueueQuery): Promise<QueuePage> {
    return this.readModel.queue(filters, scope, this.clock.now());
  }
}
