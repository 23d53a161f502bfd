import type { QueueFilters } from '../../ports/report-read-model';

export class ListQueueQuery {
  constructor(readonly filters: QueueFilters) {}
}
