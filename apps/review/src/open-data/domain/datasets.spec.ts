import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CsvEncoder } from './csv-encoder';
import { CATALOGUE, hasMessage, LANGUAGES } from '@pb/i18n';
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

  it('has a text for people in both languages for every dataset and column (the portal\'s open-data page reads the catalogue, not these strings)', () => {
    const keys = DATASETS.flatMap((d) => [
      `public:openDataset.${d.name}.title`,
      `public:openDataset.${d.name}.description`,
      ...d.columns.flatMap((c) => [`public:openDataset.${d.name}.columns.${c.name}`, `public:columnType.${c.type}`]),
    ]);
    expect(LANGUAGES.flatMap((lang) => keys.filter((key) => !hasMessage(lang, key)).map((key) => `${lang} ${key}`))).toEqual([]);
    // And no text for a dataset or column that is gone.
    const described = CATALOGUE.nl.public.openDataset as Record<string, { columns: Record<string, string> }>;
    expect(Object.entries(described).map(([name, d]) => [name, Object.keys(d.columns)])).toEqual(DATASETS.map((d) => [d.name, d.columns.map((c) => c.name)]));
  });
});

describe('CsvEncoder', () => {
  const def = DATASETS.find((d) => d.name === 'outcomes')!;
  const encode = async (rows: object[]) => {
    const chunks: string[] = [];
    await pipeline(Readable.from(rows), new CsvEncoder(def), new Writable({ write: (c: Buffer, _e, done) => {
        chunks.push(c.toString('utf8'));
        done();
      } }));
    return chunks;
  };

  it('writes the same bytes as toCsv, one line per chunk', async () => {
    const rows = [
      { year: 2026, theme: '1.1', strategy_version: '2018.0', outcome: 'guidance', reports: 3 },
      { year: 2026, theme: '=1+1', strategy_version: null, outcome: 'a,"b"', reports: 0 },
    ];
    const chunks = await encode(rows);
    expect(chunks).toHaveLength(3);
    expect(chunks.join('')).toBe(toCsv(def, rows));
  });

  it('writes the header alone for an empty dataset', async () => {
    expect((await encode([])).join('')).toBe(toCsv(def, []));
  });
});
