import type { EntityManager } from 'typeorm';
import type { BarrierReport } from '../../domain/barrier-report.aggregate';

export interface ReporterContact {
  id: string;
  name: string;
  email: string;
  phone?: string;
  companyName: string;
  kvkNumber: string;
}

/**
 * Persistence of barrier reports. Methods take the transaction's EntityManager so the report, its
 * reporter and its outbox rows commit together (the handler owns the transaction).
 */
export abstract class BarrierReportRepository {
  /** Next reference of the year, e.g. LKT-2026-000123; gap-free per committed transaction. */
  abstract nextReference(manager: EntityManager, year: number): Promise<string>;
  abstract insert(manager: EntityManager, report: BarrierReport, reporter: ReporterContact): Promise<void>;
  abstract findByReference(manager: EntityManager, reference: string): Promise<BarrierReport | null>;
}
