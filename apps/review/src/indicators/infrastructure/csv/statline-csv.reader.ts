import { Injectable } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import { CsvReadResult, IndicatorCsvReader } from '../../application/ports/indicator-csv.reader';

/** The period column of a StatLine export, in the Dutch and the English table layouts. */
const PERIOD_COLUMNS = ['perioden', 'periods'];

/**
 * Reads a CBS StatLine CSV export: a header row, then one row per period. Separator `;` (the
 * Dutch export) or `,`; quoted cells; the period in a column `Perioden` (`Periods` in English
 * tables); the value in the column the coordinator names, else the last column. Other columns (ID,
 * dimensions such as region) are ignored.
 */
@Injectable()
export class StatLineCsvReader extends IndicatorCsvReader {
  read(text: string, valueColumn?: string): CsvReadResult {
    const clean = text.replace(/^\uFEFF/, '');
    const firstLine = clean.split(/\r?\n/, 1)[0] ?? '';
    const delimiter = firstLine.includes(';') ? ';' : ',';
    let records: string[][];
    try {
      records = parse(clean, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true });
    } catch {
      return { ok: false, problem: { key: 'errors:review.indicator-file.not-csv' } };
    }
    const [header, ...data] = records;
    if (!header || !data.length) {
      return { ok: false, problem: { key: 'errors:review.indicator-file.no-data' } };
    }
    const names = header.map((h) => h.toLowerCase());
    const periodAt = names.findIndex((h) => PERIOD_COLUMNS.includes(h));
    if (periodAt < 0) {
      return { ok: false, problem: { key: 'errors:review.indicator-file.no-period-column' } };
    }
    const valueAt = valueColumn ? names.indexOf(valueColumn.toLowerCase()) : header.length - 1;
    if (valueAt < 0 || valueAt === periodAt) {
      return { ok: false, problem: { key: 'errors:review.indicator-file.no-value-column', params: { column: valueColumn ?? '' } } };
    }
    // Line numbers as a person sees them in the file: the header is line 1.
    return { ok: true, rows: data.map((cells, i) => ({ line: i + 2, period: cells[periodAt] ?? '', value: cells[valueAt] ?? '' })) };
  }
}
