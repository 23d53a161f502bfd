import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { KeysetPage, PageRequest, keysetPage } from '@pb/kernel';
import { cursorTimestamp } from '@pb/persistence';
import type { DataSource } from 'typeorm';
import { AmendmentList } from '../../application/ports/amendment-list';

/** A year's amendments with the version they were asked for in, with parameterised SQL. */
@Injectable()
export class SqlAmendmentList extends AmendmentList {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async page(year: number, page: PageRequest): Promise<KeysetPage<Record<string, unknown>>> {
    const [at, id] = page.after ?? [null, null];
    const rows: (Record<string, unknown> & { cursor_at: string; id: string })[] = await this.dataSource.query(
      `SELECT a.id, a.kind, a.theme_code AS "themeCode", a.action_index AS "actionIndex", a.text, a.summary, a.evidence, a.status, a.reason,
              a.proposed_at AS "proposedAt", a.decided_at AS "decidedAt", r.new_version AS "requestedInVersion", ${cursorTimestamp('a.proposed_at')} AS cursor_at
         FROM amendments a LEFT JOIN strategy_revision_requests r ON r.id = a.revision_request_id
        WHERE a.year = $1 AND ($2::timestamptz IS NULL OR (a.proposed_at, a.id) > ($2::timestamptz, $3::uuid))
        ORDER BY a.proposed_at, a.id LIMIT $4`,
      [year, at, id, page.limit + 1],
    );
    return keysetPage(rows, page.limit, (r) => [r.cursor_at, r.id], ({ cursor_at: _c, ...row }) => row);
  }
}
