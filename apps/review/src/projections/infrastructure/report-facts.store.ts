import type { EntityManager } from 'typeorm';
import { ReportFact } from '../domain/report-figures';

interface Row {
  report_id: string;
  reported_at: Date | null;
  year: number | null;
  theme: string | null;
  strategy_version: string | null;
  status: string | null;
  technology: string | null;
  sector: string | null;
  regulation_bwb_id: string | null;
  outcome: string | null;
  handling_working_days: number | null;
  overdue: boolean | null;
  duplicate_of: string | null;
  duplicate_count: number;
}

/** Reads a report's fact under a row lock (creating a placeholder row when none exists yet). */
export async function lockReportFact(manager: EntityManager, reportId: string): Promise<ReportFact> {
  // One round trip: the no-op update on conflict locks the existing row and returns it.
  const [row]: Row[] = await manager.query(
    `INSERT INTO report_facts (report_id) VALUES ($1) ON CONFLICT (report_id) DO UPDATE SET report_id = EXCLUDED.report_id
     RETURNING report_id, reported_at, year, theme, strategy_version, status, technology, sector, regulation_bwb_id, outcome,
               handling_working_days, overdue, duplicate_of, duplicate_count`,
    [reportId],
  );
  return {
    reportId: row.report_id,
    reportedAt: row.reported_at ? row.reported_at.toISOString() : null,
    year: row.year,
    theme: row.theme,
    strategyVersion: row.strategy_version,
    status: row.status,
    technology: row.technology,
    sector: row.sector,
    regulationBwbId: row.regulation_bwb_id,
    outcome: row.outcome,
    handlingWorkingDays: row.handling_working_days,
    overdue: row.overdue,
    duplicateOf: row.duplicate_of,
    duplicateCount: row.duplicate_count,
  };
}
