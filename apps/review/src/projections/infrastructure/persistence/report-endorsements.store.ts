import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CountingEndorsement, ReportEndorsements } from '../../application/ports/report-endorsements';

@Injectable()
export class ReportEndorsementsStore extends ReportEndorsements {
  async endorsed(tx: EntityManager, e: { endorsementId: string; reportId: string; year: number }): Promise<boolean> {
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
    return tx.query(
      `SELECT endorsement_id AS "endorsementId", year FROM report_endorsements WHERE report_id = $1 AND NOT withdrawn AND year IS NOT NULL ORDER BY endorsement_id`,
      [reportId],
    );
  }
}
