import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CursorValue, KeysetPage, keysetPage } from '@pb/kernel';
import type { DataSource } from 'typeorm';
import { AsOf, FigureMember, FigureRecords } from '../../application/ports/figure-records';

/**
 * A ledger row belongs to a compile's moment when its position is not past the compile's and its
 * transaction had committed when the compile read (the snapshot; `$2` and `$3`). Projection
 * transactions run side by side and may commit out of position order: a row with a lower position
 * committed later was not in the compile's counters, and the snapshot leaves it out.
 */
const AS_OF = `position <= $2 AND ($3::pg_snapshot IS NULL OR pg_visible_in_snapshot(xid, $3::pg_snapshot))`;

/** `figure_contributions` (the ledger) and the projected facts it points at, with parameterised SQL. */
@Injectable()
export class SqlFigureRecords extends FigureRecords {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async members(keys: string[], asOf: AsOf, page: { after: CursorValue[] | null; limit: number }): Promise<KeysetPage<FigureMember>> {
    const [afterRecord, afterKey] = page.after ?? [null, null];
    const rows: { key: string; record_id: string }[] = await this.dataSource.query(
      `SELECT key, record_id FROM figure_contributions
        WHERE key = ANY($1::text[]) AND ${AS_OF} AND ($4::text IS NULL OR (record_id, key) > ($4::text, $5::text))
        GROUP BY key, record_id HAVING sum(delta) > 0 ORDER BY record_id, key LIMIT $6`,
      [keys, asOf.position, asOf.snapshot, afterRecord, afterKey, page.limit + 1],
    );
    return keysetPage(rows, page.limit, (m) => [m.record_id, m.key], (m) => ({ key: m.key, recordId: m.record_id }));
  }

  async total(keys: string[], asOf: AsOf): Promise<number> {
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM (SELECT 1 FROM figure_contributions WHERE key = ANY($1::text[]) AND ${AS_OF}
         GROUP BY key, record_id HAVING sum(delta) > 0) m`,
      [keys, asOf.position, asOf.snapshot],
    );
    return total;
  }

  reports(ids: string[]): Promise<Record<string, unknown>[]> {
    return this.dataSource.query(
      `SELECT report_id::text AS id, reference, theme, strategy_version AS "strategyVersion", status, outcome, coalesce(published, false) AS published FROM report_facts WHERE report_id = ANY($1::uuid[])`,
      [ids],
    );
  }

  endorsements(ids: string[]): Promise<Record<string, unknown>[]> {
    return this.dataSource.query(
      `SELECT e.endorsement_id::text AS id, e.report_id::text AS "reportId", f.reference, f.theme, f.strategy_version AS "strategyVersion",
              coalesce(f.published, false) AS published
         FROM report_endorsements e LEFT JOIN report_facts f ON f.report_id = e.report_id WHERE e.endorsement_id = ANY($1::uuid[])`,
      [ids],
    );
  }

  responses(ids: string[]): Promise<Record<string, unknown>[]> {
    return this.dataSource.query(`SELECT response_id::text AS id, proposal_id AS "proposalId", status, public FROM response_facts WHERE response_id = ANY($1::uuid[])`, [ids]);
  }

  proposals(ids: string[]): Promise<Record<string, unknown>[]> {
    return this.dataSource.query(`SELECT proposal_id::text AS id, title, status FROM proposal_facts WHERE proposal_id = ANY($1::uuid[])`, [ids]);
  }
}
