import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ReportFact, reportFigureKeys } from '../domain/report-figures';
import { FigureLedger } from '../infrastructure/figure-ledger';
import { lockReportFact } from '../infrastructure/report-facts.store';

/** Extra columns kept for open data and drill-downs; none identifies a person. */
export interface ReportDetails {
  reference?: string;
  regulationName?: string;
  companySizeClass?: string;
  priority?: string;
  department?: string;
  published?: boolean;
  publishConsent?: boolean;
  /** When the resolution happened (the event's occurredAt, so a replay writes the same). */
  resolvedAt?: string;
}

/**
 * Applies one loket event to a report's fact and moves the report between figures accordingly,
 * all in the consumer's transaction.
 */
@Injectable()
export class ReportProjector {
  constructor(private readonly ledger: FigureLedger) {}

  async apply(manager: EntityManager, reportId: string, change: (fact: ReportFact) => ReportFact, details: ReportDetails = {}): Promise<void> {
    await this.ledger.serialize(manager);
    const before = await lockReportFact(manager, reportId);
    const after = change({ ...before });
    await manager.query(
      `UPDATE report_facts SET reported_at = $2, year = $3, theme = $4, strategy_version = $5, status = $6, technology = $7,
              sector = $8, regulation_bwb_id = $9, outcome = $10, handling_working_days = $11, overdue = $12, duplicate_of = $13,
              duplicate_count = $14,
              resolved_at = coalesce($22, resolved_at),
              reference = coalesce($15, reference), regulation_name = coalesce($16, regulation_name),
              company_size_class = coalesce($17, company_size_class), priority = coalesce($18, priority),
              department = coalesce($19, department), published = coalesce($20, published), publish_consent = coalesce($21, publish_consent)
        WHERE report_id = $1`,
      [
        reportId, after.reportedAt, after.year, after.theme, after.strategyVersion, after.status, after.technology, after.sector,
        after.regulationBwbId, after.outcome, after.handlingWorkingDays, after.overdue, after.duplicateOf, after.duplicateCount,
        details.reference ?? null, details.regulationName ?? null, details.companySizeClass ?? null, details.priority ?? null,
        details.department ?? null, details.published ?? null, details.publishConsent ?? null, details.resolvedAt ?? null,
      ],
    );
    await this.ledger.move(manager, reportId, reportFigureKeys(before), reportFigureKeys(after));
  }
}
