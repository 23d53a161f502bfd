import type { QueueFilters } from '../../ports/report-read-model';
import type { ReportScope } from '../../support/report-scope';

export class ListQueueQuery {
  constructor(
    readonly filters: QueueFilters,
    readonly scope: ReportScope,
  ) {}
}
