import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CountingEndorsement, ReportEndorsements } from '../../application/ports/report-endorsements';
import { ProjectionUnitOfWork } from '../../application/ports/projection-unit-of-work';
import { AnnouncedReads } from './announced-reads';

@Injectable()
export class ReportEndorsementsStore extends ReportEndorsements {
  constructor(private readonly uow: ProjectionUnitOfWork) {
    super();
  }

  async endorsed(tx: EntityManager, e: { endorsementId: string; reportId: string; year: number }): Promise<boolean> {
    this.batch(tx)?.known.delete(e.reportId); // read again when asked
    // A known id (counted, or withdrawn first) changes nothing except a tombstone's year.
    const rows: { inserted: boolean }[] = await tx.query(
      `INSERT INTO report_endorsements (endorsement_id, report_id, year) VALUES ($1, $2, $3)
       ON CONFLICT (endorsement_id) DO UPDATE SET year = coalesce(report_endorsements.year, EXCLUDED.year)
       RETURNING (xmax = 0) AS inserted`,
      [e.endorsementId, e.reportId, e.year],
    );
    return rows[0]?.inserted === true;
  }

  async withdrawn(tx: EntityManager, e: { endorsementId: string; reportId: string }): Promise<CountingEndorsement | null> {
    this.batch(tx)?.known.delete(e.reportId); // read again when asked
    // TypeORM answers an UPDATE … RETURNING with [rows, count].
    const [rows]: [{ year: number | null }[], number] = await tx.query(
      `UPDATE report_endorsements SET withdrawn = true WHERE endorsement_id = $1 AND NOT withdrawn RETURNING year`,
      [e.endorsementId],
    );
    const [was] = rows;
    if (was) return was.year === null ? null : { endorsementId: e.endorsementId, year: was.year };
    // Withdrawn already, or not known yet: remembered as withdrawn, so its BarrierEndorsed never counts.
    await tx.query(`INSERT INTO report_endorsements (endorsement_id, report_id, withdrawn) VALUES ($1, $2, true) ON CONFLICT (endorsement_id) DO NOTHING`, [e.endorsementId, e.reportId]);
    return null;
  }

  async counting(tx: EntityManager, reportId: string): Promise<CountingEndorsement[]> {
    const batch = this.batch(tx);
    if (!batch) return (await this.read(tx, [reportId])).get(reportId) ?? [];
    return batch.get(reportId, (ids) => this.read(tx, ids), () => []);
  }

  expect(tx: EntityManager, reportIds: string[]): void {
    this.batch(tx)?.expect(reportIds);
  }

  /** Counting endorsements per report this transaction has read (and the reports announced); null outside a consumer's transaction. */
  private batch(tx: EntityManager): AnnouncedReads<CountingEndorsement[]> | null {
    return this.uow.batch(tx, 'report-endorsements', () => new AnnouncedReads<CountingEndorsement[]>());
  }

  private async read(tx: EntityManager, reportIds: string[]): Promise<Map<string, CountingEndorsement[]>> {
    const rows: (CountingEndorsement & { reportId: string })[] = await tx.query(
      `SELECT report_id AS "reportId", endorsement_id AS "endorsementId", year FROM report_endorsements
        WHERE report_id = ANY($1::uuid[]) AND NOT withdrawn AND year IS NOT NULL ORDER BY endorsement_id`,
      [reportIds],
    );
    const byReport = new Map<string, CountingEndorsement[]>();
    for (const { reportId, ...e } of rows) {
      const list = byReport.get(reportId);
      if (list) list.push(e);
      else byReport.set(reportId, [e]);
    }
    return byReport;
  }
}
