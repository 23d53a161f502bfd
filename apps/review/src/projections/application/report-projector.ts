import { Injectable } from '@nestjs/common';
import { deferUntilCommit } from '@pb/messaging';
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

interface OpenFact {
  current: ReportFact;
  details: ReportDetails;
}

/**
 * Applies one loket event to a report's fact and moves the report between figures accordingly,
 * all in the consumer's transaction. In a consumer's transaction a report is read (and locked)
 * once, however many of its events the batch holds, and every report it touched is written in one
 * statement before it commits; elsewhere each change is written at once.
 */
@Injectable()
export class ReportProjector {
  constructor(private readonly ledger: FigureLedger) {}

  async apply(manager: EntityManager, reportId: string, change: (fact: ReportFact) => ReportFact, details: ReportDetails = {}): Promise<void> {
    await this.ledger.serialize(manager);
    // The reports this transaction has open; null when it cannot defer writes.
    const facts = deferUntilCommit(manager, 'report-facts', () => new Map<string, OpenFact>(), (open) => writeReportFacts(manager, [...open.values()]));
    let fact = facts?.get(reportId);
    if (!fact) {
      fact = { current: await lockReportFact(manager, reportId), details: {} };
      facts?.set(reportId, fact);
    }
    const before = fact.current;
    fact.current = change({ ...before });
    // Like coalesce(new, old) in SQL: a detail an event does not carry keeps what was there.
    for (const [k, v] of Object.entries(details)) if (v !== undefined && v !== null) (fact.details as Record<string, unknown>)[k] = v;
    if (!facts) await writeReportFacts(manager, [fact]);
    await this.ledger.move(manager, reportId, reportFigureKeys(before), reportFigureKeys(fact.current));
  }
}

/** Writes facts and the details their events carried, many reports in one statement. */
async function writeReportFacts(manager: EntityManager, facts: OpenFact[]): Promise<void> {
  if (!facts.length) return;
  const col = <T>(pick: (f: OpenFact) => T | undefined): (T | null)[] => facts.map((f) => pick(f) ?? null);
  await manager.query(
    `UPDATE report_facts r SET reported_at = u.reported_at, year = u.year, theme = u.theme, strategy_version = u.strategy_version,
            status = u.status, technology = u.technology, sector = u.sector, regulation_bwb_id = u.regulation_bwb_id,
            outcome = u.outcome, handling_working_days = u.handling_working_days, overdue = u.overdue, duplicate_of = u.duplicate_of,
            duplicate_count = u.duplicate_count,
            resolved_at = coalesce(u.resolved_at, r.resolved_at),
            reference = coalesce(u.reference, r.reference), regulation_name = coalesce(u.regulation_name, r.regulation_name),
            company_size_class = coalesce(u.company_size_class, r.company_size_class), priority = coalesce(u.priority, r.priority),
            department = coalesce(u.department, r.department), published = coalesce(u.published, r.published),
            publish_consent = coalesce(u.publish_consent, r.publish_consent)
       FROM unnest($1::uuid[], $2::timestamptz[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                   $10::text[], $11::int[], $12::boolean[], $13::uuid[], $14::int[], $15::timestamptz[], $16::text[], $17::text[],
                   $18::text[], $19::text[], $20::text[], $21::boolean[], $22::boolean[])
            AS u(report_id, reported_at, year, theme, strategy_version, status, technology, sector, regulation_bwb_id,
                 outcome, handling_working_days, overdue, duplicate_of, duplicate_count, resolved_at, reference, regulation_name,
                 company_size_class, priority, department, published, publish_consent)
      WHERE r.report_id = u.report_id`,
    [
      col((f) => f.current.reportId), col((f) => f.current.reportedAt), col((f) => f.current.year), col((f) => f.current.theme),
      col((f) => f.current.strategyVersion), col((f) => f.current.status), col((f) => f.current.technology), col((f) => f.current.sector),
      col((f) => f.current.regulationBwbId), col((f) => f.current.outcome), col((f) => f.current.handlingWorkingDays),
      col((f) => f.current.overdue), col((f) => f.current.duplicateOf), col((f) => f.current.duplicateCount),
      col((f) => f.details.resolvedAt), col((f) => f.details.reference), col((f) => f.details.regulationName),
      col((f) => f.details.companySizeClass), col((f) => f.details.priority), col((f) => f.details.department),
      col((f) => f.details.published), col((f) => f.details.publishConsent),
    ],
  );
}
