import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ProjectionUnitOfWork } from '../../application/ports/projection-unit-of-work';
import { AnnouncedReads } from './announced-reads';
import { ReportDetails, ReportFacts } from '../../application/ports/report-facts';
import { ReportFact } from '../../../shared/domain/report-figures';

/** The fact's columns of a `report_facts` row, as pg hands them over. */
export interface ReportRowColumns {
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

export const toFact = (row: ReportRowColumns): ReportFact => ({
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
});

/** A report this transaction has open: its fact now and the details its events carried. */
interface OpenFact {
  current: ReportFact;
  details: ReportDetails;
}

/**
 * `report_facts`: read under a row lock once per transaction (the reports a batch announced all in
 * one statement), written for many reports in one statement.
 */
@Injectable()
export class ReportFactsStore extends ReportFacts {
  constructor(private readonly uow: ProjectionUnitOfWork) {
    super();
  }

  async open(tx: EntityManager, reportId: string): Promise<ReportFact> {
    const batch = this.batch(tx);
    if (!batch) return (await this.lock(tx, [reportId])).get(reportId)!.current;
    return { ...(await batch.get(reportId, (ids) => this.lock(tx, ids))).current };
  }

  expect(tx: EntityManager, reportIds: string[]): void {
    this.batch(tx)?.expect(reportIds);
  }

  async save(tx: EntityManager, fact: ReportFact, details: ReportDetails): Promise<void> {
    const batch = this.batch(tx);
    let open = batch?.known.get(fact.reportId);
    if (!open) {
      open = { current: fact, details: {} };
      batch?.known.set(fact.reportId, open);
    }
    open.current = fact;
    // Like coalesce(new, old) in SQL: a detail an event does not carry keeps what was there.
    for (const [k, v] of Object.entries(details)) if (v !== undefined && v !== null) (open.details as Record<string, unknown>)[k] = v;
    if (!batch) await this.write(tx, [open]);
  }

  /** The reports this transaction has open (and those announced); null when it cannot defer writes. */
  private batch(tx: EntityManager): AnnouncedReads<OpenFact> | null {
    return this.uow.batch(tx, 'report-facts', () => new AnnouncedReads<OpenFact>(), (b) => this.write(tx, [...b.known.values()]));
  }

  /**
   * Reads reports' facts under a row lock (creating a placeholder row for any not known yet), in
   * id order, so two transactions that lock some of the same reports wait rather than deadlock.
   */
  private async lock(tx: EntityManager, reportIds: string[]): Promise<Map<string, OpenFact>> {
    // One round trip: the no-op update on conflict locks the existing rows and returns them.
    const rows: ReportRowColumns[] = await tx.query(
      `INSERT INTO report_facts (report_id) SELECT id FROM unnest($1::uuid[]) AS u(id) ORDER BY id
       ON CONFLICT (report_id) DO UPDATE SET report_id = EXCLUDED.report_id
       RETURNING report_id, reported_at, year, theme, strategy_version, status, technology, sector, regulation_bwb_id, outcome,
                 handling_working_days, overdue, duplicate_of, duplicate_count`,
      [[...new Set(reportIds)].sort()],
    );
    return new Map(rows.map((row) => [row.report_id, { current: toFact(row), details: {} }]));
  }

  /** Writes facts and the details their events carried, many reports in one statement. */
  private async write(tx: EntityManager, facts: OpenFact[]): Promise<void> {
    if (!facts.length) return;
    const col = <T>(pick: (f: OpenFact) => T | undefined): (T | null)[] => facts.map((f) => pick(f) ?? null);
    await tx.query(
      `UPDATE report_facts r SET reported_at = u.reported_at, year = u.year, theme = u.theme, strategy_version = u.strategy_version,
              status = u.status, technology = u.technology, sector = u.sector, regulation_bwb_id = u.regulation_bwb_id,
              outcome = u.outcome, handling_working_days = u.handling_working_days, overdue = u.overdue, duplicate_of = u.duplicate_of,
              duplicate_count = u.duplicate_count,
              resolved_at = coalesce(u.resolved_at, r.resolved_at),
              reference = coalesce(u.reference, r.reference), regulation_name = coalesce(u.regulation_name, r.regulation_name),
              company_size_class = coalesce(u.company_size_class, r.company_size_class), priority = coalesce(u.priority, r.priority),
              department = coalesce(u.department, r.department), published = coalesce(u.published, r.published),
              publish_consent = coalesce(u.publish_consent, r.publish_consent), answer_by = coalesce(u.answer_by, r.answer_by),
              regulation_article = coalesce(u.regulation_article, r.regulation_article)
         FROM unnest($1::uuid[], $2::timestamptz[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                     $10::text[], $11::int[], $12::boolean[], $13::uuid[], $14::int[], $15::timestamptz[], $16::text[], $17::text[],
                     $18::text[], $19::text[], $20::text[], $21::boolean[], $22::boolean[], $23::timestamptz[], $24::text[])
              AS u(report_id, reported_at, year, theme, strategy_version, status, technology, sector, regulation_bwb_id,
                   outcome, handling_working_days, overdue, duplicate_of, duplicate_count, resolved_at, reference, regulation_name,
                   company_size_class, priority, department, published, publish_consent, answer_by, regulation_article)
        WHERE r.report_id = u.report_id`,
      [
        col((f) => f.current.reportId), col((f) => f.current.reportedAt), col((f) => f.current.year), col((f) => f.current.theme),
        col((f) => f.current.strategyVersion), col((f) => f.current.status), col((f) => f.current.technology), col((f) => f.current.sector),
        col((f) => f.current.regulationBwbId), col((f) => f.current.outcome), col((f) => f.current.handlingWorkingDays),
        col((f) => f.current.overdue), col((f) => f.current.duplicateOf), col((f) => f.current.duplicateCount),
        col((f) => f.details.resolvedAt), col((f) => f.details.reference), col((f) => f.details.regulationName),
        col((f) => f.details.companySizeClass), col((f) => f.details.priority), col((f) => f.details.department),
        col((f) => f.details.published), col((f) => f.details.publishConsent), col((f) => f.details.answerBy),
        col((f) => f.details.regulationArticle),
      ],
    );
  }
}
