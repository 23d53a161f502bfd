import type { Language } from '@pb/i18n';
import type { Tx } from '@pb/persistence';
import type { BarrierReport } from '../../domain/barrier-report.aggregate';
import type { TextSignature } from '../../domain/similarity/text-signature.util';
import type { ReportScope } from '../support/report-scope';

export interface ReporterContact {
  id: string;
  name: string;
  email: string;
  phone?: string;
  companyName: string;
  kvkNumber: string;
  /** The language of the form they reported with; their mails are written in it. */
  language: Language;
}

export interface ReportMessage {
  id: string;
  reportId: string;
  at: Date;
  authorRole: 'official' | 'reporter';
  /** Pseudonymous: the official's token subject or the reporter id. */
  authorId: string;
  internal: boolean;
  body: string;
}

/**
 * Persistence of barrier reports. Methods take the transaction handle (Tx) so the report, its
 * reporter and its outbox rows commit together (the handler owns the transaction).
 */
export abstract class BarrierReportRepository {
  /**
   * Draws `count` references of the year (e.g. LKT-2026-000123), committed at once in a statement
   * of their own: the year's counter row is held for that statement only, never for the caller's
   * transaction. (It used to be drawn inside the submit's transaction, gap-free, and every intake
   * then waited for the one before it to commit: about 30 reports/s at 16 at once — issue 14.) A
   * transaction that fails after drawing leaves its numbers unused, so references are unique and
   * increasing but not gap-free; the public register never showed every number anyway (only the
   * reports with consent to publish).
   */
  abstract reserveReferences(year: number, count: number): Promise<string[]>;
  abstract insert(manager: Tx, report: BarrierReport, reporter: ReporterContact, signature: TextSignature): Promise<void>;
  /**
   * With `lock`, the row stays locked until the transaction ends (no lost updates). With `scope`,
   * a report outside it is not found (null), exactly like an unknown reference.
   */
  abstract findByReference(manager: Tx, reference: string, options?: { lock?: boolean; scope?: ReportScope }): Promise<BarrierReport | null>;
  abstract findById(manager: Tx, id: string, options?: { lock?: boolean }): Promise<BarrierReport | null>;
  abstract save(manager: Tx, report: BarrierReport): Promise<void>;
  abstract addMessage(manager: Tx, message: ReportMessage): Promise<void>;
  abstract reporterContact(manager: Tx, reporterId: string): Promise<ReporterContact | null>;
  /** A part of a split report: its reporter is the original's, so no reporter row and no text signature. */
  abstract insertPart(manager: Tx, part: BarrierReport): Promise<void>;
  /** The parts of a split report, oldest reference first. */
  abstract partsOf(manager: Tx, originalId: string): Promise<BarrierReport[]>;
  /** Reports linked to `originalId` as duplicates, to keep their reporters informed. */
  abstract duplicatesOf(manager: Tx, originalId: string): Promise<{ id: string; reference: string; reporterId: string }[]>;
}
