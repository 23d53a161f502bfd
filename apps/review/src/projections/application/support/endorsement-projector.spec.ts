import type { ReportFact } from '../../../shared/domain/report-figures';
import { ProjectionFakes } from '../../../../test/fakes/projection-ports.fakes';
import { EndorsementProjector } from './endorsement-projector';
import { ReportProjector } from './report-projector';

const reported = (fact: ReportFact): ReportFact => ({ ...fact, reportedAt: '2026-03-01T10:00:00.000Z', year: 2026, status: 'received', technology: 'drones', sector: 'H' });
const triaged = (theme: string) => (fact: ReportFact): ReportFact => ({ ...fact, theme, strategyVersion: '2018.0' });

describe('EndorsementProjector', () => {
  let fakes: ProjectionFakes;
  let reports: ReportProjector;
  let endorsements: EndorsementProjector;
  beforeEach(async () => {
    fakes = new ProjectionFakes();
    reports = new ReportProjector(fakes.reports, fakes.ledger, fakes.endorsements);
    endorsements = new EndorsementProjector(fakes.reports, fakes.endorsements, fakes.ledger);
    await reports.apply(fakes.tx, 'r1', reported);
    await reports.apply(fakes.tx, 'r1', triaged('2.1.2'));
    fakes.calls.length = 0;
  });

  it('locks the report first, then counts the endorsement under the report’s theme in the year it was made', async () => {
    await endorsements.endorsed(fakes.tx, { endorsementId: 'e1', reportId: 'r1', occurredAt: '2027-01-01T00:30:00+01:00' });
    expect(fakes.calls).toEqual(['open r1', 'endorsed e1', 'ledger e1']);
    expect(fakes.ledger.count('endorsements|2027|2.1.2@2018.0|')).toBe(1);
  });

  it('counts a redelivered endorsement once and uncounts it when withdrawn, once', async () => {
    const e = { endorsementId: 'e1', reportId: 'r1', occurredAt: '2026-06-01T10:00:00.000Z' };
    await endorsements.endorsed(fakes.tx, e);
    await endorsements.endorsed(fakes.tx, e);
    await endorsements.endorsed(fakes.tx, { ...e, endorsementId: 'e2' });
    expect(fakes.ledger.count('endorsements|2026|2.1.2@2018.0|')).toBe(2);
    await endorsements.withdrawn(fakes.tx, { endorsementId: 'e1', reportId: 'r1' });
    await endorsements.withdrawn(fakes.tx, { endorsementId: 'e1', reportId: 'r1' });
    expect(fakes.ledger.count('endorsements|2026|2.1.2@2018.0|')).toBe(1);
    expect(fakes.ledger.weights.get('e1')?.get('endorsements|2026|2.1.2@2018.0|')).toBe(0);
    // Delivered again after its withdrawal: still not counted.
    await endorsements.endorsed(fakes.tx, e);
    expect(fakes.ledger.count('endorsements|2026|2.1.2@2018.0|')).toBe(1);
  });

  it('never counts an endorsement whose withdrawal arrived first', async () => {
    await endorsements.withdrawn(fakes.tx, { endorsementId: 'e1', reportId: 'r1' });
    await endorsements.endorsed(fakes.tx, { endorsementId: 'e1', reportId: 'r1', occurredAt: '2026-06-01T10:00:00.000Z' });
    expect(fakes.ledger.weights.get('e1')).toBeUndefined();
  });

  it('moves the endorsements with their report when it is triaged under another theme', async () => {
    await endorsements.endorsed(fakes.tx, { endorsementId: 'e1', reportId: 'r1', occurredAt: '2026-06-01T10:00:00.000Z' });
    await endorsements.endorsed(fakes.tx, { endorsementId: 'e2', reportId: 'r1', occurredAt: '2027-02-01T10:00:00.000Z' });
    await endorsements.withdrawn(fakes.tx, { endorsementId: 'e2', reportId: 'r1' });
    await reports.apply(fakes.tx, 'r1', triaged('1.3'));
    expect(fakes.ledger.count('endorsements|2026|2.1.2@2018.0|')).toBe(0);
    expect(fakes.ledger.count('endorsements|2026|1.3@2018.0|')).toBe(1);
    expect(fakes.ledger.count('endorsements|2027|1.3@2018.0|')).toBe(0);
    // An event that leaves the theme alone does not read the endorsements.
    fakes.calls.length = 0;
    await reports.apply(fakes.tx, 'r1', (f) => ({ ...f, status: 'in_progress' }));
    expect(fakes.calls).toEqual(['open r1', 'save r1', 'ledger r1']);
  });
});
