import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export class ListAmendmentsQuery {
  constructor(readonly year: number) {}
}

/** Public: what was proposed, on which evidence, and what was decided (no names: coordinators by pseudonymous id only, not shown). */
@QueryHandler(ListAmendmentsQuery)
export class ListAmendmentsHandler implements IQueryHandler<ListAmendmentsQuery, object> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(q: ListAmendmentsQuery): Promise<object> {
    const rows = await this.dataSource.query(
      `SELECT a.id, a.kind, a.theme_code AS "themeCode", a.action_index AS "actionIndex", a.text, a.summary, a.evidence, a.status, a.reason,
              a.proposed_at AS "proposedAt", a.decided_at AS "decidedAt", r.new_version AS "requestedInVersion"
         FROM amendments a LEFT JOIN strategy_revision_requests r ON r.id = a.revision_request_id
        WHERE a.year = $1 ORDER BY a.proposed_at, a.id`,
      [q.year],
    );
    return { year: q.year, amendments: rows };
  }
}
