import { withDeferredWrites } from '@pb/messaging';
import { createTestDatabase, dropTestDatabase } from '@pb/testing';
import { DataSource, EntityManager } from 'typeorm';
import { reviewMigrations } from '../../../migrations';
import type { AsOf } from '../../../reviews/application/ports/figure-records';
import { SqlFigureRecords } from '../../../reviews/infrastructure/persistence/figure-records.store';
import { ConsultationProjector } from '../../application/support/consultation-projector';
import { ReportProjector } from '../../application/support/report-projector';
import { ConsultationFactsStore } from './consultation-facts.store';
import { FigureLedgerStore } from './figure-ledger.store';
import { ConsumerTransactionUnitOfWork } from './projection-unit-of-work';
import { PROJECTION_TABLES } from './projection-tables.store';
import { ReportEndorsementsStore } from './report-endorsements.store';
import { ReportFactsStore } from './report-facts.store';

jest.setTimeout(60_000);

const R1 = '00000000-0000-4000-8000-000000000001';
const R2 = '00000000-0000-4000-8000-000000000002';
const P1 = '00000000-0000-4000-8000-0000000000a1';

describe('projection stores and their unit of work (real PostgreSQL)', () => {
  let db: { name: string; url: string };
  let ds: DataSource;
  let reports: ReportProjector;
  let consultations: ConsultationProjector;

  /** One event each: report r1 from received to resolved, r2 a duplicate of it, a response before and one after its proposal. */
  const events: ((m: EntityManager) => Promise<void>)[] = [
    (m) => reports.apply(m, R1, (f) => ({ ...f, reportedAt: '2026-03-01T10:00:00.000Z', year: 2026, status: f.status ?? 'received', technology: 'drones', sector: 'H' }), { reference: 'MB-2026-0001' }),
    (m) => consultations.responseSubmitted(m, response('c1')),
    (m) => reports.apply(m, R1, (f) => ({ ...f, theme: '2.1.2', strategyVersion: '2018.0' }), { priority: 'high' }),
    (m) => reports.apply(m, R2, (f) => ({ ...f, reportedAt: '2026-03-02T10:00:00.000Z', year: 2026, status: f.status ?? 'received', technology: 'drones', sector: 'H' })),
    (m) => consultations.proposal(m, P1, { title: 'Drones', theme: '2.1.2', strategyVersion: '2018.0', status: 'scheduled', opensAt: '2026-04-01T08:00:00.000Z', closesAt: '2026-05-01T08:00:00.000Z' }),
    (m) => consultations.responseSubmitted(m, response('c2')),
    (m) => reports.apply(m, R2, (f) => ({ ...f, status: 'duplicate', duplicateOf: R1 })),
    (m) => reports.apply(m, R1, (f) => ({ ...f, duplicateCount: f.duplicateCount + 1 })),
    (m) => reports.apply(m, R1, (f) => ({ ...f, status: 'resolved', outcome: 'guidance', handlingWorkingDays: 12, overdue: false }), { published: true, resolvedAt: '2026-03-20T10:00:00.000Z' }),
  ];

  function response(id: string) {
    const responseId = `00000000-0000-4000-8000-0000000000${id === 'c1' ? 'c1' : 'c2'}`;
    return { responseId, proposalId: P1, theme: '2.1.2', respondentId: `who-${id}`, onBehalfOfOrganisation: false, year: 2026, public: true, parentId: null, status: 'published', submittedAt: '2026-04-02T10:00:00.000Z' };
  }

  async function snapshot(): Promise<Record<string, unknown>> {
    return {
      reportFacts: await ds.query(`SELECT * FROM report_facts ORDER BY report_id`),
      proposalFacts: await ds.query(`SELECT * FROM proposal_facts ORDER BY proposal_id`),
      responseFacts: await ds.query(`SELECT * FROM response_facts ORDER BY response_id`),
      counters: await ds.query(`SELECT key, value FROM figure_counters ORDER BY key`),
      members: await ds.query(`SELECT key, record_id, weight FROM figure_members ORDER BY key, record_id`),
      contributions: await ds.query(`SELECT key, record_id, sum(delta)::int AS net FROM figure_contributions GROUP BY key, record_id HAVING sum(delta) <> 0 ORDER BY key, record_id`),
    };
  }

  const contributionRows = async (): Promise<number> => (await ds.query(`SELECT count(*)::int AS n FROM figure_contributions`))[0].n;

  beforeAll(async () => {
    db = await createTestDatabase('review', reviewMigrations);
    ds = new DataSource({ type: 'postgres', url: db.url });
    await ds.initialize();
    const uow = new ConsumerTransactionUnitOfWork();
    const ledger = new FigureLedgerStore(uow);
    reports = new ReportProjector(new ReportFactsStore(uow), ledger, new ReportEndorsementsStore(uow));
    consultations = new ConsultationProjector(new ConsultationFactsStore(uow), ledger);
  });

  beforeEach(async () => {
    await ds.query(`TRUNCATE ${PROJECTION_TABLES.join(', ')} RESTART IDENTITY`);
  });

  afterAll(async () => {
    await ds?.destroy();
    await dropTestDatabase(db.name);
  });

  it('writes a consumer transaction as its net effect: the same facts and figures as event by event, fewer ledger rows', async () => {
    for (const event of events) await ds.transaction((m) => event(m));
    const oneByOne = await snapshot();
    const oneByOneRows = await contributionRows();

    await ds.query(`TRUNCATE ${PROJECTION_TABLES.join(', ')} RESTART IDENTITY`);
    await ds.transaction((m) => withDeferredWrites(m, async () => {
      for (const event of events) await event(m);
    }));

    expect(await snapshot()).toEqual(oneByOne);
    // r1 was open (unclassified, then under its theme) and stopped being so within the batch: nothing of that is logged.
    expect(await contributionRows()).toBeLessThan(oneByOneRows);
    expect(oneByOne.counters).toEqual(expect.arrayContaining([
      { key: 'resolved|2026|2.1.2@2018.0|', value: 1 },
      { key: 'clusters|2026|2.1.2@2018.0|', value: 1 },
      { key: 'responses|2026|2.1.2@2018.0|', value: 2 },
    ]));
    expect(oneByOne.reportFacts).toEqual(expect.arrayContaining([expect.objectContaining({ report_id: R1, reference: 'MB-2026-0001', priority: 'high', published: true, status: 'resolved' })]));
  });

  /** A transaction of its own, left open until `end` is called (a projection consumer mid-batch). */
  async function openTransaction(write: (m: EntityManager) => Promise<void>): Promise<{ end: (commit: boolean) => Promise<void> }> {
    const runner = ds.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    await write(runner.manager);
    return {
      end: async (commit) => {
        if (commit) await runner.commitTransaction();
        else await runner.rollbackTransaction();
        await runner.release();
      },
    };
  }

  it('lets two projection transactions run side by side: a response commits while a report’s transaction is still open', async () => {
    const first = await openTransaction((m) => events[0](m));
    try {
      // With the global lock this waited for `first` to end; a timeout turns a wait into a failure.
      // (Transactions that change the same figure still meet on its counter row, in key order, only
      // from their flush to their commit in a consumer.)
      const second = ds.transaction((m) => events[1](m)).then(() => 'committed');
      const waited = new Promise((resolve) => setTimeout(() => resolve('waited 5 s'), 5000));
      expect(await Promise.race([second, waited])).toBe('committed');
      expect(await ds.query(`SELECT count(*)::int AS n FROM response_facts`)).toEqual([{ n: 1 }]);
      expect(await ds.query(`SELECT count(*)::int AS n FROM report_facts`)).toEqual([{ n: 0 }]);
    } finally {
      await first.end(true);
    }
    expect(await ds.query(`SELECT report_id FROM report_facts`)).toEqual([{ report_id: R1 }]);
  });

  it('shows a drill-down exactly as the compile counted, when a lower ledger position commits after the compile read', async () => {
    // R1's ledger rows get the lower positions but commit last; the response's commit first.
    const late = await openTransaction((m) => events[0](m));
    await ds.transaction((m) => events[1](m));
    // What a compile reads, in one REPEATABLE READ transaction (review-snapshot.reader.ts).
    const asOf = await ds.transaction('REPEATABLE READ', async (m) => {
      const [row] = await m.query(`SELECT coalesce(max(position), 0)::bigint AS position, pg_current_snapshot()::text AS snapshot FROM figure_contributions`);
      const counters = await m.query(`SELECT key, value FROM figure_counters WHERE key IN ('reports|2026|-|', 'responses|2026|2.1.2@?|') ORDER BY key`);
      return { position: Number(row.position), snapshot: row.snapshot as string, counters };
    });
    await late.end(true);
    // The compile counted the response, not R1.
    expect(asOf.counters).toEqual([{ key: 'responses|2026|2.1.2@?|', value: 1 }]);

    const records = new SqlFigureRecords(ds);
    const members = async (at: AsOf) => (await records.members(['reports|2026|-|'], at, { after: null, limit: 10 })).items.map((i) => i.recordId);
    expect(await members(asOf)).toEqual([]);
    expect(await records.total(['reports|2026|-|'], asOf)).toBe(0);
    expect((await records.members(['responses|2026|2.1.2@?|'], asOf, { after: null, limit: 10 })).items.map((i) => i.recordId)).toEqual([response('c1').responseId]);
    // By position alone R1 would show: its rows lie below the position the compile read.
    expect(await members({ position: asOf.position, snapshot: null })).toEqual([R1]);
    // A compile after R1 committed counts it, and its drill-down shows it.
    const now = await ds.transaction('REPEATABLE READ', (m) => m.query(`SELECT max(position)::bigint AS position, pg_current_snapshot()::text AS snapshot FROM figure_contributions`));
    expect(await members({ position: Number(now[0].position), snapshot: now[0].snapshot })).toEqual([R1]);
  });
});
