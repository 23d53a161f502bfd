import { withDeferredWrites } from '@pb/messaging';
import { createTestDatabase, dropTestDatabase } from '@pb/testing';
import { DataSource, EntityManager } from 'typeorm';
import { ReviewLocks } from '../../../advisory-locks';
import { reviewMigrations } from '../../../migrations';
import { ConsultationProjector } from '../../application/consultation-projector';
import { ReportProjector } from '../../application/report-projector';
import { ConsultationFactsStore } from './consultation-facts.store';
import { FigureLedgerStore } from './figure-ledger.store';
import { ConsumerTransactionUnitOfWork } from './projection-unit-of-work';
import { PROJECTION_TABLES } from './projection-tables.store';
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
    reports = new ReportProjector(uow, new ReportFactsStore(uow), ledger);
    consultations = new ConsultationProjector(uow, new ConsultationFactsStore(uow), ledger);
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

  it('holds the projections advisory lock from the first write until the transaction ends', async () => {
    const runner = ds.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await events[0](runner.manager);
      const held = await runner.query(`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND classid = $1 AND objid = 0 AND objsubid = 2 AND pid = pg_backend_pid() AND granted`, [ReviewLocks.projections]);
      expect(held[0].n).toBe(1);
      const other = await ds.transaction((m) => m.query(`SELECT pg_try_advisory_xact_lock($1, 0) AS locked`, [ReviewLocks.projections]));
      expect(other[0].locked).toBe(false);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    const after = await ds.transaction((m) => m.query(`SELECT pg_try_advisory_xact_lock($1, 0) AS locked`, [ReviewLocks.projections]));
    expect(after[0].locked).toBe(true);
  });
});
