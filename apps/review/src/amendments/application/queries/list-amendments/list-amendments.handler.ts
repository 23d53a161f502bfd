import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AmendmentList } from '../../ports/amendment-list';
import { AmendmentsView, ListAmendmentsQuery } from './list-amendments.query';

/** Public: what was proposed, on which evidence, and what was decided (no names: coordinators by pseudonymous id only, not shown). */
@QueryHandler(ListAmendmentsQuery)
export class ListAmendmentsHandler implements IQueryHandler<ListAmendmentsQuery, AmendmentsView> {
  constructor(private readonly amendments: AmendmentList) {}

  async execute(q: ListAmendmentsQuery): Promise<AmendmentsView> {
    return { year: q.year, ...(await this.amendments.page(q.year, q.page)) };
  }
}
