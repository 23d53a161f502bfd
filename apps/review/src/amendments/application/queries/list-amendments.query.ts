import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { KeysetPage, PageRequest, keysetPage } from '@pb/kernel';
import { cursorTimestamp } from '@pb/persistence';
import type { DataSource } from 'typeorm';

export class ListAmendmentsQuery {
  constructor(
    readonly year: number,
    /** Keyset on (proposedAt, id), oldest first. */
    readonly page: PageRequest,
  ) {}
}

export interface AmendmentsView extends KeysetPage<Record<string, unknown>> {
  year: number;
}

/** Public: what was proposed, on which evidence, and what was decided (no names: coordinators by pseudonymous id only, not shown). */
@QueryHandler(ListAmendmentsQuery)
export class ListAmendmentsHandler implements IQueryHandler<ListAmendmentsQuery, AmendmentsView> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(q: ListAmendmentsQuery): Promise<AmendmentsView> {
    const [at, id] = q.page.after ?? [null, null];
    const rows: (Record<string, unknown> & { cursor_at: string; id: string })[] = await this.dataSource.query(
      `SELECT a.id, a.kind, a.theme_code AS "themeCode", a.action_index AS "actionIndex", a.text, a.summary, a.evidence, a.status, a.reason,
              a.proposed_at AS "proposedAt", a.decided_at AS "decidedAt", r.new_version AS "requestedInVersion", ${cursorTimestamp('a.proposed_at')} AS cursor_at
         FROM amendments a LEFT JOIN strategy_revision_requests r ON r.id = a.revision_request_id
        WHERE a.year = $1 AND ($2::timestamptz IS NULL OR (a.proposed_at, a.id) > ($2::timestamptz, $3::uuid))
        ORDER BY a.proposed_at, a.id LIMIT $4`,
      [q.year, at, id, q.page.limit + 1],
    );
    return { year: q.year, ...keysetPage(rows, q.page.limit, (r) => [r.cursor_at, r.id], ({ cursor_at: _c, ...row }) => row) };
  }
}
