import type { ReportFact } from '../../../shared/domain/report-figures';
import { ReportProjector } from './report-projector';
import { ProjectionFakes } from '../../../../test/fakes/projection-ports.fakes';

const reported = (fact: ReportFact): ReportFact => ({ ...fact, reportedAt: '2026-03-01T10:00:00.000Z', year: 2026, status: 'received', technology: 'drones', sector: 'H' });

describe('ReportProjector', () => {
  let fakes: ProjectionFakes;
  let projector: ReportProjector;
  beforeEach(() => {
    fakes = new ProjectionFakes();
    projector = new ReportProjector(fakes.reports, fakes.ledger, fakes.endorsements);
  });

  it('reads the report (under its row lock), records it and moves it, in that order', async () => {
    await projector.apply(fakes.tx, 'r1', reported);
    expect(fakes.calls).toEqual(['open r1', 'save r1', 'ledger r1']);
  });

  it('moves a report from the figures it counted for to those it counts for now', async () => {
    await projector.apply(fakes.tx, 'r1', reported, { reference: 'MB-2026-0001' });
    expect(fakes.ledger.count('reports|2026|-|')).toBe(1);
    expect(fakes.ledger.count('open|2026|-|')).toBe(1);

    await projector.apply(fakes.tx, 'r1', (f) => ({ ...f, theme: '2.1.2', strategyVersion: '2018.0' }), { priority: 'high' });
    await projector.apply(fakes.tx, 'r1', (f) => ({ ...f, status: 'resolved', outcome: 'guidance', handlingWorkingDays: 12, overdue: false }));

    expect(fakes.ledger.count('reports|2026|-|')).toBe(0);
    expect(fakes.ledger.count('open|2026|2.1.2@2018.0|')).toBe(0);
    expect(fakes.ledger.count('reports|2026|2.1.2@2018.0|')).toBe(1);
    expect(fakes.ledger.count('resolved|2026|2.1.2@2018.0|')).toBe(1);
    expect(fakes.reports.rows.get('r1')).toMatchObject({ fact: { status: 'resolved', theme: '2.1.2' }, details: { reference: 'MB-2026-0001', priority: 'high' } });
  });

  it('gives the change a copy, so the figures it counted for before are those of the fact as it was read', async () => {
    await projector.apply(fakes.tx, 'r1', reported);
    await projector.apply(fakes.tx, 'r1', (f) => Object.assign(f, { status: 'rejected' }));
    expect(fakes.ledger.count('open|2026|-|')).toBe(0);
    expect(fakes.ledger.count('rejected|2026|-|')).toBe(1);
  });
});
