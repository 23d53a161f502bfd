import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { parseKey } from '../../../../shared/domain/figure-key';
import type { ReportFact } from '../../../../shared/domain/report-figures';
import { ConsultationAnalysesStore } from '../consultation-analyses.store';
import { insertCitations, insertResponses, writeFlags, writeStatus, writeSupport } from '../response-fact-writes';
import { ReportRowColumns, toFact } from '../report-facts.store';
import { StrategyVersionFactsStore } from '../strategy-version-facts.store';
import { keyRanges } from './key-ranges';
import { EndorsementRow, ProposalRow, ReplayMemory, ReplayWindow, ReportRow, WindowWrites } from './replay-window';

/** A window's writes, their parameters taken when the window ended (the next window changes the same objects in memory). */
export type WindowWrite = (m: EntityManager) => Promise<void>;

/**
 * The bulk replay's SQL (see BulkProjectionReplay): what a window reads before its events are
 * applied, what it writes when they have been (two lanes of one statement per table), and the
 * figures made from the scratch ledger when the replay ends. The replay owns the
 * emptied tables, so it reads without locks and writes whole rows.
 */
@Injectable()
export class BulkReplayStore {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly analyses: ConsultationAnalysesStore,
    private readonly versions: StrategyVersionFactsStore,
  ) {}

  /** Empties the scratch ledger (what a replay that failed may have left). */
  async begin(): Promise<void> {
    await this.dataSource.query(`TRUNCATE replay_figure_changes`);
  }

  /** Reads what the window announced and neither window in memory holds; what is not in the table is known as absent. */
  async load(tx: EntityManager, w: ReplayWindow): Promise<void> {
    const { announced, memory } = w;
    const reports = memory.reports.missing(announced.reports);
    const proposals = memory.proposals.missing(announced.proposals);
    const endorsementsOf = memory.endorsements.missing(announced.endorsementsOf);
    const responses = memory.responses.missing(announced.responses);
    announced.reports.clear();
    announced.proposals.clear();
    announced.endorsementsOf.clear();
    announced.responses.clear();
    if (reports.length) {
      const found = new Map<string, ReportRow>((await tx.query(`SELECT * FROM report_facts WHERE report_id = ANY($1::uuid[])`, [reports])).map((r: Record<string, unknown>) => [r.report_id, reportRow(r)]));
      for (const id of reports) memory.reports.set(id, found.get(id) ?? { fact: emptyReport(id), details: {} });
    }
    if (proposals.length) {
      const found = new Map<string, ProposalRow>((await tx.query(`SELECT * FROM proposal_facts WHERE proposal_id = ANY($1::uuid[])`, [proposals])).map((r: Record<string, unknown>) => [r.proposal_id, proposalRow(r)]));
      for (const id of proposals) memory.proposals.set(id, found.get(id) ?? emptyProposal(id));
    }
    if (endorsementsOf.length) {
      const rows: EndorsementRow[] = await tx.query(
        `SELECT endorsement_id AS "endorsementId", report_id AS "reportId", year, withdrawn FROM report_endorsements WHERE report_id = ANY($1::uuid[])`,
        [endorsementsOf],
      );
      const per = new Map<string, Map<string, EndorsementRow>>(endorsementsOf.map((id) => [id, new Map()]));
      for (const row of rows) per.get(row.reportId)!.set(row.endorsementId, row);
      for (const [id, rowsOf] of per) memory.endorsements.set(id, rowsOf);
    }
    if (responses.length) {
      const found = new Set<string>((await tx.query(`SELECT response_id FROM response_facts WHERE response_id = ANY($1::uuid[])`, [responses])).map((r: { response_id: string }) => r.response_id));
      for (const id of responses) memory.responses.set(id, found.has(id));
    }
  }

  /** Of `eventIds`, those the inbox `consumer` already holds. */
  async seen(tx: EntityManager, consumer: string, eventIds: string[]): Promise<Set<string>> {
    if (!eventIds.length) return new Set();
    const rows: { event_id: string }[] = await tx.query(`SELECT event_id FROM inbox_messages WHERE consumer = $1 AND event_id = ANY($2::uuid[])`, [consumer, eventIds]);
    return new Set(rows.map((r) => r.event_id));
  }

  /**
   * The window's writes, with their parameters taken now: the inbox, every row the window touched
   * (whole rows: the replay is the tables' only writer), new responses and what changed of older
   * ones, and the net weight changes of the ledger, in two lanes (see `write`). Rows go in as they come: with one writer there
   * is no lock order to keep (sorting the ledger's rows cost more Node time than it saved).
   */
  prepare(inbox: string, events: { eventId: string; type: string }[], memory: ReplayMemory, writes: WindowWrites): WindowWrite[][] {
    // Two lanes of about equal weight, written side by side (they share no table).
    const lanes: WindowWrite[][] = [[], []];
    const ids = events.map((e) => e.eventId);
    const types = events.map((e) => e.type);
    lanes[0].push((m) =>
      m.query(`INSERT INTO inbox_messages (consumer, event_id, event_type) SELECT $1, id, type FROM unnest($2::uuid[], $3::text[]) AS i(id, type) ON CONFLICT DO NOTHING`, [inbox, ids, types]),
    );
    const reports = [...memory.reports.touched()];
    if (reports.length) lanes[0].push(reportsUpsert(reports));
    const proposals = [...memory.proposals.touched()];
    if (proposals.length) lanes[1].push(proposalsUpsert(proposals));
    const responses = writes.responses;
    if (responses.length) lanes[1].push(async (m) => void (await insertResponses(m, responses)));
    const citations = [...writes.citations];
    const status = new Map(writes.status);
    const support = new Map(writes.support);
    const flags = new Map(writes.flags);
    lanes[1].push(async (m) => {
      await insertCitations(m, citations);
      await writeStatus(m, status);
      await writeSupport(m, support);
      await writeFlags(m, flags);
    });
    const endorsements = [...memory.endorsements.touched()].flatMap((rows) => [...rows.values()].map((r) => ({ ...r })));
    if (endorsements.length) {
      const params = [endorsements.map((e) => e.endorsementId), endorsements.map((e) => e.reportId), endorsements.map((e) => e.year), endorsements.map((e) => e.withdrawn)];
      lanes[0].push((m) =>
        m.query(
          `INSERT INTO report_endorsements (endorsement_id, report_id, year, withdrawn) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::boolean[])
           ON CONFLICT (endorsement_id) DO UPDATE SET report_id = EXCLUDED.report_id, year = EXCLUDED.year, withdrawn = EXCLUDED.withdrawn`,
          params,
        ),
      );
    }
    // The same report and round again keeps the latest word (one statement cannot change a row twice).
    const verdicts = [...new Map(writes.satisfaction.map((s) => [`${s.reportId}|${s.round}`, s])).values()];
    if (verdicts.length) {
      const params = [verdicts.map((s) => s.reportId), verdicts.map((s) => s.round), verdicts.map((s) => s.satisfied), verdicts.map((s) => s.outcome)];
      lanes[0].push((m) =>
        m.query(
          `INSERT INTO report_satisfaction (report_id, round, satisfied, outcome) SELECT * FROM unnest($1::uuid[], $2::int[], $3::boolean[], $4::text[])
           ON CONFLICT (report_id, round) DO UPDATE SET satisfied = EXCLUDED.satisfied, outcome = EXCLUDED.outcome`,
          params,
        ),
      );
    }
    // Rare events: written as the live stores write them, one by one, in order.
    const analyses = [...writes.analyses];
    const versions = [...writes.strategyVersions];
    if (analyses.length || versions.length) {
      lanes[1].push(async (m) => {
        for (const v of versions) await this.versions.store(m, v);
        for (const a of analyses) await this.analyses.record(m, a);
      });
    }
    // The ledger's net changes are appended to the scratch ledger and summed once at the end: a
    // member's weight changes in many windows (a report moves between figures as it is handled),
    // and an upsert per window made a new row version and index entry each time.
    const keys: string[] = [];
    const records: string[] = [];
    const deltas: number[] = [];
    for (const [recordId, perKey] of writes.ledger) {
      for (const [key, delta] of perKey) {
        if (delta === 0) continue;
        keys.push(key);
        records.push(recordId);
        deltas.push(delta);
      }
    }
    if (keys.length) {
      lanes[1].push((m) => m.query(`INSERT INTO replay_figure_changes (key, record_id, delta) SELECT * FROM unnest($1::text[], $2::text[], $3::int[])`, [keys, records, deltas]));
    }
    return lanes;
  }

  /**
   * Writes one window: each lane in a transaction of its own, the lanes side by side, so
   * PostgreSQL can use a second core while Node applies the next window. (Nothing needs the two
   * to commit together: a replay is rebuilt from the start if it fails, and nothing reads the
   * tables meanwhile.)
   */
  async write(lanes: WindowWrite[][]): Promise<void> {
    await Promise.all(
      lanes.filter((lane) => lane.length).map((lane) =>
        this.dataSource.transaction(async (m) => {
          for (const w of lane) await w(m);
        }),
      ),
    );
  }

  /**
   * The figures once every window is written: the scratch ledger's changes summed per member (a
   * member that nets to nothing or less does not count, and has no row, as live), the contribution
   * log with one row per counting member (what live would log, netted: a drill-down "as of" a
   * compile after the replay reads the same records), and each figure's count of its members.
   * Members and log are made in key ranges of about equal size side by side: Node has nothing left
   * to do by then, so PostgreSQL gets both cores.
   */
  async finish(): Promise<void> {
    const perKey: { key: string; n: number }[] = await this.dataSource.query(`SELECT key, count(*)::int AS n FROM replay_figure_changes GROUP BY key ORDER BY key`);
    const ranges = keyRanges(perKey, FINISH_WRITERS);
    // Each range numbers its log rows from a block of positions of its own (a range has at most as
    // many members as changes): drawn from the sequence row by row, the ranges took turns on the
    // last page of the position index.
    const [{ base }] = await this.dataSource.query(`SELECT nextval(pg_get_serial_sequence('figure_contributions', 'position'))::text AS base`);
    let next = BigInt(base);
    const blocks = ranges.map(([from, to]) => {
      const block = { from, to, first: next.toString() };
      next += BigInt(perKey.filter((c) => (from === null || c.key >= from) && (to === null || c.key < to)).reduce((sum, c) => sum + c.n, 0));
      return block;
    });
    const inRange = `($1::text IS NULL OR key >= $1) AND ($2::text IS NULL OR key < $2)`;
    await Promise.all(
      blocks.map(({ from, to, first }) =>
        this.dataSource.transaction(async (m) => {
          // Sorted once and summed in that order, so the members go in in key order without a
          // second sort; memory enough to sort without spilling to disk.
          await m.query(`SET LOCAL work_mem = '256MB'`);
          await m.query(`SET LOCAL enable_hashagg = off`);
          // The log's rows come from what was inserted, in key order (not read back from the table).
          await m.query(
            `WITH members AS (
               INSERT INTO figure_members (key, record_id, weight)
               SELECT key, record_id, sum(delta) FROM replay_figure_changes WHERE ${inRange}
                GROUP BY key, record_id HAVING sum(delta) > 0 ORDER BY key, record_id
               RETURNING key, record_id
             )
             INSERT INTO figure_contributions (position, key, record_id, delta)
             SELECT $3::bigint + row_number() OVER (), key, record_id, 1 FROM members`,
            [from, to, first],
          );
        }),
      ),
    );
    // Live rows go on after the blocks.
    await this.dataSource.query(`SELECT setval(pg_get_serial_sequence('figure_contributions', 'position'), $1::bigint)`, [next.toString()]);
    await this.dataSource.query(`TRUNCATE replay_figure_changes`);
    const counts: { key: string; n: number }[] = await this.dataSource.query(`SELECT key, count(*)::int AS n FROM figure_members GROUP BY key ORDER BY key`);
    if (!counts.length) return;
    const parsed = counts.map((c) => parseKey(c.key));
    await this.dataSource.query(
      `INSERT INTO figure_counters (key, metric, year, theme, dimension, value) SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[], $6::int[])`,
      [counts.map((c) => c.key), parsed.map((p) => p.metric), parsed.map((p) => p.year), parsed.map((p) => p.theme), parsed.map((p) => p.dimension), counts.map((c) => c.n)],
    );
  }
}

/** Statements that make members and the contribution log side by side when a bulk replay ends (this machine has two cores). */
const FINISH_WRITERS = 2;

const iso = (v: unknown): string | null => (v === null || v === undefined ? null : new Date(v as string).toISOString());

const emptyReport = (reportId: string): ReportFact => ({
  reportId, reportedAt: null, year: null, theme: null, strategyVersion: null, status: null, technology: null, sector: null,
  regulationBwbId: null, outcome: null, handlingWorkingDays: null, overdue: null, duplicateOf: null, duplicateCount: 0,
});

const emptyProposal = (proposalId: string): ProposalRow => ({
  proposalId, title: null, theme: null, strategyVersion: null, status: null, opensAt: null, closesAt: null, publishedAt: null,
  answeredAt: null, reportTitle: null, reportResponseCount: null,
});

/** A `report_facts` row as memory keeps it; the details as the table has them (null: not known). */
function reportRow(r: Record<string, unknown>): ReportRow {
  const fact = toFact(r as unknown as ReportRowColumns);
  const details = {
    reference: r.reference, regulationName: r.regulation_name, regulationArticle: r.regulation_article, companySizeClass: r.company_size_class,
    answerBy: iso(r.answer_by), priority: r.priority, department: r.department, published: r.published, publishConsent: r.publish_consent,
    resolvedAt: iso(r.resolved_at),
  };
  // Null is "not known": left out, so the next event's detail fills it as the store's coalesce would.
  return { fact, details: Object.fromEntries(Object.entries(details).filter(([, v]) => v !== null && v !== undefined)) };
}

function proposalRow(r: Record<string, unknown>): ProposalRow {
  return {
    proposalId: r.proposal_id as string,
    title: r.title as string | null,
    theme: r.theme as string | null,
    strategyVersion: r.strategy_version as string | null,
    status: r.status as string | null,
    opensAt: iso(r.opens_at),
    closesAt: iso(r.closes_at),
    publishedAt: iso(r.published_at),
    answeredAt: iso(r.answered_at),
    reportTitle: r.report_title as string | null,
    reportResponseCount: r.report_response_count as number | null,
  };
}

function reportsUpsert(rows: ReportRow[]): WindowWrite {
  const col = <T>(pick: (r: ReportRow) => T | undefined): (T | null)[] => rows.map((r) => pick(r) ?? null);
  const params = [
    col((r) => r.fact.reportId), col((r) => r.fact.reportedAt), col((r) => r.fact.year), col((r) => r.fact.theme), col((r) => r.fact.strategyVersion),
    col((r) => r.fact.status), col((r) => r.fact.technology), col((r) => r.fact.sector), col((r) => r.fact.regulationBwbId), col((r) => r.fact.outcome),
    col((r) => r.fact.handlingWorkingDays), col((r) => r.fact.overdue), col((r) => r.fact.duplicateOf), col((r) => r.fact.duplicateCount),
    col((r) => r.details.resolvedAt), col((r) => r.details.reference), col((r) => r.details.regulationName), col((r) => r.details.companySizeClass),
    col((r) => r.details.priority), col((r) => r.details.department), col((r) => r.details.published), col((r) => r.details.publishConsent),
    col((r) => r.details.answerBy), col((r) => r.details.regulationArticle),
  ];
  const columns = `report_id, reported_at, year, theme, strategy_version, status, technology, sector, regulation_bwb_id, outcome, handling_working_days,
                   overdue, duplicate_of, duplicate_count, resolved_at, reference, regulation_name, company_size_class, priority, department, published,
                   publish_consent, answer_by, regulation_article`;
  const set = columns.split(',').map((c) => c.trim()).filter((c) => c !== 'report_id').map((c) => `${c} = EXCLUDED.${c}`).join(', ');
  return (m) =>
    m.query(
      `INSERT INTO report_facts (${columns})
       SELECT * FROM unnest($1::uuid[], $2::timestamptz[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[],
                            $11::int[], $12::boolean[], $13::uuid[], $14::int[], $15::timestamptz[], $16::text[], $17::text[], $18::text[], $19::text[],
                            $20::text[], $21::boolean[], $22::boolean[], $23::timestamptz[], $24::text[])
       ON CONFLICT (report_id) DO UPDATE SET ${set}`,
      params,
    );
}

function proposalsUpsert(rows: ProposalRow[]): WindowWrite {
  const col = <T>(pick: (r: ProposalRow) => T): T[] => rows.map(pick);
  const params = [
    col((p) => p.proposalId), col((p) => p.title), col((p) => p.theme), col((p) => p.strategyVersion), col((p) => p.status), col((p) => p.opensAt),
    col((p) => p.closesAt), col((p) => p.publishedAt), col((p) => p.answeredAt), col((p) => p.reportTitle), col((p) => p.reportResponseCount),
  ];
  return (m) =>
    m.query(
      `INSERT INTO proposal_facts (proposal_id, title, theme, strategy_version, status, opens_at, closes_at, published_at, answered_at, report_title,
                                   report_response_count, year)
       SELECT u.*, extract(year FROM u.opens_at AT TIME ZONE 'Europe/Amsterdam')::int
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[], $7::timestamptz[], $8::timestamptz[],
                     $9::timestamptz[], $10::text[], $11::int[])
              AS u(proposal_id, title, theme, strategy_version, status, opens_at, closes_at, published_at, answered_at, report_title, report_response_count)
       ON CONFLICT (proposal_id) DO UPDATE SET title = EXCLUDED.title, theme = EXCLUDED.theme, strategy_version = EXCLUDED.strategy_version,
              status = EXCLUDED.status, opens_at = EXCLUDED.opens_at, closes_at = EXCLUDED.closes_at, published_at = EXCLUDED.published_at,
              answered_at = EXCLUDED.answered_at, report_title = EXCLUDED.report_title, report_response_count = EXCLUDED.report_response_count,
              year = EXCLUDED.year`,
      params,
    );
}
