import { Indicator, IndicatorValue, currentValues, meetsTarget } from './indicator';

const indicator = (target: Partial<Indicator['target']>): Indicator => ({
  id: 'i',
  strategyVersion: '2018.0',
  theme: '1.5',
  code: 'x',
  definition: { nl: 'x', en: 'x' },
  unit: '%',
  source: 's',
  target: { value: 80, year: 2019, comparison: 'at-least', source: { section: 's', quote: 'q' }, ...target },
});

let n = 0;
const value = (period: string, v: number, at: string, corrects: string | null = null): IndicatorValue => ({
  id: `v${++n}`,
  indicatorId: 'i',
  value: v,
  period,
  source: 's',
  observedOn: '2020-01-01',
  recordedAt: new Date(at),
  recordedBy: 'c',
  corrects,
  correctionReason: corrects ? 'typo' : null,
});

describe('indicator values', () => {
  it('shows the latest value per period, a correction in place of what it corrects, oldest period first', () => {
    const a = value('2019', 60, '2020-01-01');
    const b = value('2018', 50, '2020-01-02');
    const c = value('2019', 62, '2020-02-01', a.id);
    expect(currentValues([a, b, c]).map((v) => [v.period, v.value])).toEqual([
      ['2018', 50],
      ['2019', 62],
    ]);
  });

  it('compares with the target only where the strategy gives a number', () => {
    expect(meetsTarget(indicator({}), 80)).toBe(true);
    expect(meetsTarget(indicator({}), 79.9)).toBe(false);
    expect(meetsTarget(indicator({ comparison: 'at-most', value: 10 }), 12)).toBe(false);
    expect(meetsTarget(indicator({ value: null, comparison: null }), 100)).toBeNull();
  });
});
