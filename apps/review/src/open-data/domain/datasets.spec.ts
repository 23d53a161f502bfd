import { DATASETS, csvField, toCsv } from './datasets';

describe('open data CSV', () => {
  it('quotes what needs quoting and defuses spreadsheet formulas', () => {
    expect(csvField('a,b', 'string')).toBe('"a,b"');
    expect(csvField('say "hi"', 'string')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")', 'string')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(null, 'integer')).toBe('');
    expect(csvField(false, 'boolean')).toBe('false');
  });

  it('writes the documented columns in order, nothing else', () => {
    const def = DATASETS.find((d) => d.name === 'outcomes')!;
    expect(toCsv(def, [{ year: 2026, theme: '1.1', strategy_version: '2018.0', outcome: 'guidance', reports: 3, extra: 'x' }])).toBe(
      'year,theme,strategy_version,outcome,reports\r\n2026,1.1,2018.0,guidance,3\r\n',
    );
  });

  it('documents every column of every dataset', () => {
    for (const d of DATASETS) for (const c of d.columns) expect(c.description.length).toBeGreaterThan(3);
  });
});
