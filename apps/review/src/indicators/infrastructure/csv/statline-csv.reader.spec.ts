import { type Language, renderMessage } from '@pb/http/core';
import type { CsvReadResult } from '../../application/ports/indicator-csv.reader';
import { StatLineCsvReader } from './statline-csv.reader';

describe('CBS StatLine CSV reader', () => {
  const reader = new StatLineCsvReader();

  it('reads the Dutch export: semicolons, quotes, the period column and the last column as value', () => {
    const csv = '\uFEFF"ID";"Perioden";"Toegang tot medische gegevens (%)"\r\n"0";"2018JJ00";"52,5"\r\n"1";"2019JJ00";"."\r\n';
    expect(reader.read(csv)).toEqual({
      ok: true,
      rows: [
        { line: 2, period: '2018JJ00', value: '52,5' },
        { line: 3, period: '2019JJ00', value: '.' },
      ],
    });
  });

  it('takes the named value column among several, with commas and the English period header', () => {
    const csv = 'ID,Periods,Region,Chronically ill,Everyone\n0,2019KW01,NL,61.2,33\n';
    expect(reader.read(csv, 'chronically ill')).toEqual({ ok: true, rows: [{ line: 2, period: '2019KW01', value: '61.2' }] });
  });

  it('says why a file cannot be read at all', () => {
    // The reason is a catalogue key with parameters; read here as the problem+json body shows it.
    const why = (result: CsvReadResult, lang: Language) => (result.ok ? 'read' : renderMessage(result.problem.key, result.problem.params, lang));
    expect(why(reader.read(''), 'en')).toBe('The file has no header row followed by data.');
    expect(why(reader.read('Jaar;Waarde\n2019;5\n'), 'en')).toBe('The file has no column Perioden (Periods).');
    expect(why(reader.read('Perioden;Waarde\n2019;5\n', 'Aantal'), 'nl')).toBe("Het bestand heeft geen kolom 'Aantal' met waarden.");
    expect(reader.read('Perioden;Waarde\n"2019;5\n')).toMatchObject({ ok: false });
  });
});
