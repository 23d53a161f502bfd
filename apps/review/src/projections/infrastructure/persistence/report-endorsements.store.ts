import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CountingEndorsement, ReportEndorsements } from '../../application/ports/report-endorsements';
import { ProjectionUnitOfWork } from '../../application/ports/projection-unit-of-work';

/** A consumer transaction's reads: counting endorsements per report read so far, and reports announced but not read. */
interface Batch {
  counting: Map<string, CountingEndorsement[]>;
  expected: Set<string>;
}

@Injectable()
export class ReportEndorsementsStore extends ReportEndorsements {
  constructor(private readonly uow: ProjectionUnitOfWork) {
    super();
  }

  async endorsed(tx: EntityManager, e: { endorsementId: string; reportId: string; year: number }): Promise<boolean> {
    this.batch(tx)?.counting.delete(e.reportId); // read again when asked
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
    this.batch(tx)?.counting.delete(e.reportId); // read again when asked
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
    const known = batch?.counting.get(reportId);
    if (known) return known;
    if (!batch) return this.read(tx, [reportId]).then((m) => m.get(reportId) ?? []);
    // Everything announced and not read yet comes along in the same statement.
    batch.expected.add(reportId);
    const ids = [...batch.expected];
    batch.expected.clear();
    const read = await this.read(tx, ids);
    for (const id of ids) batch.counting.set(id, read.get(id) ?? []);
    return batch.counting.get(reportId)!;
  }

  expect(tx: EntityManager, reportIds: string[]): void {
    const batch = this.batch(tx);
    if (!batch) return;
    for (const id of reportIds) if (!batch.counting.has(id)) batch.expected.add(id);
  }

  private batch(tx: EntityManager): Batch | null {
    return this.uow.batch(tx, 'report-endorsements', () => ({ counting: new Map<string, CountingEndorsement[]>(), expected: new Set<string>() }));
  }

  private async read(tx: EntityManager, reportIds: string[]): Promise<Map<string, CountingEndorsement[]>> {
    const rows: (CountingEndorsement & { reportId: string })[] = await tx.query(
      `SELECT report_id AS "reportId", endorsement_id AS "endorsementId", year FROM report_endorsements
        WHERE report_id = ANY($1::uuid[]) AND NOT withdrawn AND year IS NOT NULL ORDER BY endorsement_id`,
      [reportIds],
    );
    const byReport = new Map<string, CountingEndorsement[]>();
    for (const { reportId, ...e } of rows) byReport.set(reportId, [...(byReport.get(reportId) ?? []), e]);
    return byReport;
  }
}
