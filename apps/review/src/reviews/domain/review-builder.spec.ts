import { ReviewBuilder, ReviewSnapshot } from './review-builder';

const snapshot = (counters: Record<string, number>): ReviewSnapshot => ({
  year: 2026, asOfPosition: 10, strategyVersion: '2018.0', counters, titles: { '1.1@2018.0': 'Digitaal vaardig mkb', '2.1.2@2018.0': 'Wetgeving' },
  currentThemes: ['2.1.2@2018.0', '1.1@2018.0'], consultationReports: {}, notableResponses: {}, amendments: {},
});

describe('ReviewBuilder', () => {
  const counters = {
    'reports|2026|1.1@2018.0|': 5, 'reports|2025|1.1@2018.0|': 2, 'reports|2026|-|': 1,
    'handling|2026|1.1@2018.0|3': 2, 'handling|2026|1.1@2018.0|10': 2, 'handling|2026|1.1@2018.0|40': 1,
    'regulation|2026|1.1@2018.0|BWBR0000002': 1, 'regulation|2026|1.1@2018.0|BWBR0000001': 3,
    'respondents|2026|*|': 7, 'respondents|2026|1.1@2018.0|': 4,
  };

  it('orders themes as the strategy does, unclassified last, and compares with the year before', () => {
    const b = new ReviewBuilder(snapshot(counters), '/x');
    expect(b.themeRefs()).toEqual(['1.1@2018.0', '2.1.2@2018.0', '-']);
    const s = b.section('1.1@2018.0');
    expect(s.reports.received.value).toBe(5);
    expect(s.reports.receivedPreviousYear.value).toBe(2);
    expect(s.reports.change).toBe(3);
    expect(s.regulations.map((r) => [r.value, r.figure.value])).toEqual([['BWBR0000001', 3], ['BWBR0000002', 1]]);
    expect(b.figures['1.1@2018.0:reports']).toEqual({ keys: ['reports|2026|1.1@2018.0|'], kind: 'count', value: 5 });
  });

  it('takes nearest-rank median and p90 of the handling-time histogram', () => {
    const s = new ReviewBuilder(snapshot(counters), '/x').section('1.1@2018.0');
    // 3,3,10,10,40: median rank 3 → 10; p90 rank 5 → 40
    expect(s.handlingWorkingDays.median.value).toBe(10);
    expect(s.handlingWorkingDays.p90.value).toBe(40);
    expect(new ReviewBuilder(snapshot({}), '/x').section('2.1.2@2018.0').handlingWorkingDays.median.value).toBeNull();
  });

  it('does not sum distinct respondents over themes', () => {
    const t = new ReviewBuilder(snapshot(counters), '/x').totals();
    expect(t.respondents.value).toBe(7);
    expect(t.barrierReports.value).toBe(6);
  });

  it('names the article of a regulation when all the reports it counts cite the same one', () => {
    const s = new ReviewBuilder(
      // BWBR0000001: its 3 reports agree on art. 33; BWBR0000002: the facts saw 2 reports on art. 4 where the ledger counts 1 (named nowhere rather than wrongly).
      { ...snapshot(counters), regulationArticles: { '1.1@2018.0': { BWBR0000001: { article: '33', reports: 3 }, BWBR0000002: { article: '4', reports: 2 } }, '2.1.2@2018.0': { BWBR0000002: { article: '9', reports: 1 } } } },
      '/x',
    ).section('1.1@2018.0');
    expect(s.regulations.map((r) => [r.value, r.figure.value, r.article])).toEqual([['BWBR0000001', 3, '33'], ['BWBR0000002', 1, undefined]]);
    // A snapshot from before articles were read names none.
    expect(new ReviewBuilder(snapshot(counters), '/x').section('1.1@2018.0').regulations.every((r) => !('article' in r))).toBe(true);
  });

  it('gives the year\'s twelve months with their reports, none from a snapshot without them', () => {
    const months = new ReviewBuilder({ ...snapshot(counters), reportsPerMonth: { '2026-03': 4, '2026-11': 1 } }, '/x').reportsPerMonth()!;
    expect(months).toHaveLength(12);
    expect(months.filter((m) => m.reports > 0)).toEqual([{ month: '2026-03', reports: 4 }, { month: '2026-11', reports: 1 }]);
    expect(months[0]).toEqual({ month: '2026-01', reports: 0 });
    expect(new ReviewBuilder(snapshot(counters), '/x').reportsPerMonth()).toBeUndefined();
  });

  it('carries a theme\'s indicators from the snapshot, none from a snapshot without them', () => {
    const indicator = { code: 'x', definition: { nl: 'X', en: 'X' }, unit: '%', target: { value: 1, year: 2030, comparison: 'at-least' as const }, values: [{ period: '2025', value: 2 }] };
    const b = new ReviewBuilder({ ...snapshot(counters), indicators: { '1.1@2018.0': [indicator] } }, '/x');
    expect(b.section('1.1@2018.0').indicators).toEqual([indicator]);
    expect(b.section('2.1.2@2018.0').indicators).toEqual([]);
    expect('indicators' in new ReviewBuilder(snapshot(counters), '/x').section('1.1@2018.0')).toBe(false);
  });

  it('ranks regulations by barrier clusters and links the amendments citing each as evidence', () => {
    const amendment = (id: string, citedRegulations: string[]) => ({ id, kind: 'add-action', summary: id, status: 'proposed', reason: null, evidence: [], citedRegulations });
    const s = new ReviewBuilder(
      {
        ...snapshot({ 'regulation-clusters|2026|1.1@2018.0|BWBR0000001': 1, 'regulation-clusters|2026|1.1@2018.0|BWBR0000002': 4, 'regulation-clusters|2026|1.1@2018.0|-': 2 }),
        amendments: { '1.1': [amendment('a1', ['BWBR0000002']), amendment('a2', ['BWBR0000001', 'BWBR0000002'])], '2.1.2': [amendment('a3', ['BWBR0000001'])] },
      },
      '/x',
    ).section('1.1@2018.0');
    expect(s.regulationsByClusters!.map((r) => [r.bwbId, r.clusters.value, r.amendments])).toEqual([
      ['BWBR0000002', 4, ['a1', 'a2']],
      ['-', 2, []],
      ['BWBR0000001', 1, ['a2']],
    ]);
    expect(s.regulationsByClusters![0].clusters.drillDown).toBe('/x/1.1%402018.0%3Aregulation-clusters%3ABWBR0000002');
  });
});
