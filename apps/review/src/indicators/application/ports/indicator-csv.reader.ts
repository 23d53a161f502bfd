import type { MessageParams } from '@pb/kernel';

/** One data row of an uploaded file, as text; `line` is its line number in the file (header = 1). */
export interface CsvValueRow {
  line: number;
  period: string;
  value: string;
}

/**
 * What an uploaded file said, or why it cannot be read at all (no header, no period column …): the
 * catalogue key of the reason and its parameters, put into the answer in the reader's language.
 */
export type CsvReadResult = { ok: true; rows: CsvValueRow[] } | { ok: false; problem: { key: string; params?: MessageParams } };

/** Reads a CBS StatLine CSV export (the column layout is documented in the review's README). */
export abstract class IndicatorCsvReader {
  abstract read(text: string, valueColumn?: string): CsvReadResult;
}
