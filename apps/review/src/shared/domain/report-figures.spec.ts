import { ReportFact, reportFigureKeys } from './report-figures';

const fact = (over: Partial<ReportFact> = {}): ReportFact => ({
  reportId: 'r1', reportedAt: '2026-03-01T10:00:00.000Z', year: 2026, theme: null, strategyVersion: null, status: 'received',
  technology: 'drones', sector: 'H', regulationBwbId: 'BWBR0005555', outcome: null, handlingWorkingDays: null, overdue: null,
  duplicateOf: null, duplicateCount: 0, ...over,
});

describe('the figures a report counts towards', () => {
  it('counts an unclassified report under "-" and a placeholder nowhere', () => {
    expect(reportFigureKeys(fact())).toEqual(['reports|2026|-|', 'open|2026|-|', 'regulation|2026|-|BWBR0005555', 'technology|2026|-|drones', 'sector|2026|-|H']);
    expect(reportFigureKeys(fact({ reportedAt: null, year: null, duplicateCount: 2 }))).toEqual([]);
  });

  it('counts a report whose regulation nothing identified as "-" (not identified), not nowhere', () => {
    expect(reportFigureKeys(fact({ regulationBwbId: null }))).toContain('regulation|2026|-|-');
  });

  it('counts a resolved report under its theme in the version it was classified under, with its handling time', () => {
    const keys = reportFigureKeys(fact({ theme: '2.1.2', strategyVersion: '2018.0', status: 'resolved', outcome: 'guidance', handlingWorkingDays: 31, overdue: true, duplicateCount: 1 }));
    expect(keys).toEqual(expect.arrayContaining(['reports|2026|2.1.2@2018.0|', 'resolved|2026|2.1.2@2018.0|', 'overdue|2026|2.1.2@2018.0|', 'handling|2026|2.1.2@2018.0|31', 'outcome|2026|2.1.2@2018.0|guidance', 'clusters|2026|2.1.2@2018.0|']));
    expect(keys).not.toContain('open|2026|2.1.2@2018.0|');
  });

  it('keeps a closed report resolved when it had an outcome, and counts a reopened one as open again', () => {
    const closed = reportFigureKeys(fact({ status: 'closed', outcome: 'guidance', handlingWorkingDays: 12 }));
    expect(closed).toEqual(expect.arrayContaining(['resolved|2026|-|', 'outcome|2026|-|guidance']));
    expect(closed).not.toContain('open|2026|-|');
    const reopened = reportFigureKeys(fact({ status: 'reopened', outcome: 'guidance', handlingWorkingDays: 12 }));
    expect(reopened).toContain('open|2026|-|');
    expect(reopened).not.toContain('resolved|2026|-|');
  });

  it('counts a split original as open while its parts run, and as neither open nor resolved once they all ended', () => {
    expect(reportFigureKeys(fact({ status: 'split' }))).toContain('open|2026|-|');
    const ended = reportFigureKeys(fact({ status: 'closed' }));
    expect(ended).not.toContain('open|2026|-|');
    expect(ended).not.toContain('resolved|2026|-|');
  });
});
