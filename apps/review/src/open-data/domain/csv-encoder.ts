import { Transform, TransformCallback } from 'node:stream';
import { DatasetDefinition, csvField, csvHeader } from './datasets';

/**
 * Rows in (objects, as PostgreSQL returns them), CSV lines out: the header first, then one line per
 * row, each ended by CRLF — the same bytes as `toCsv`, produced a row at a time so no table is held.
 */
export class CsvEncoder extends Transform {
  private headerSent = false;

  constructor(private readonly def: DatasetDefinition) {
    // A few hundred rows in flight at most: backpressure from the client reaches the cursor quickly.
    super({ writableObjectMode: true, writableHighWaterMark: 64 });
  }

  override _transform(row: Record<string, unknown>, _encoding: BufferEncoding, done: TransformCallback): void {
    this.sendHeader();
    done(null, `${this.def.columns.map((c) => csvField(row[c.name], c.type)).join(',')}\r\n`);
  }

  override _flush(done: TransformCallback): void {
    this.sendHeader();
    done();
  }

  private sendHeader(): void {
    if (this.headerSent) return;
    this.headerSent = true;
    this.push(`${csvHeader(this.def)}\r\n`);
  }
}
