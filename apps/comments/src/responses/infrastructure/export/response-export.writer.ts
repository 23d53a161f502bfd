import { Injectable } from '@nestjs/common';
import { stream as excelStream } from 'exceljs';
import type { Writable } from 'node:stream';
import type { ReadingRoomResponse } from '../../application/ports/reading-room.store';
import { ExportFormat, ExportLayout, ResponseExportWriter } from '../../application/ports/response-export.writer';

/**
 * Waits until `stream` takes more — or `out` (the download) is gone: the client closed it, so stop
 * reading rows. `stream` is `out` itself, or a stream that feeds it.
 */
async function drained(stream: Writable, out: Writable = stream): Promise<void> {
  if (out.destroyed) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      stream.off('drain', done);
      out.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    out.on('close', done);
  });
}

/** A readable-stream 2 Writable (exceljs's zip input) has no `writableNeedDrain`; its state says the same. */
type LegacyWritable = Writable & { _writableState?: { needDrain?: boolean } };

/**
 * exceljs's worksheet stream hands each 64 KiB block to the zip without waiting for it (its `write`
 * always says "go on"), so rows written faster than the zip compresses them pile up in front of
 * it: +163 MiB of buffers at 400 000 rows into a sink that takes everything at once. Wait for the
 * zip's input like a well-behaved writer, so memory stays flat whatever the number of rows.
 */
async function zipCaughtUp(sheet: unknown, out: Writable): Promise<void> {
  const inputs = (sheet as { stream?: { pipes?: LegacyWritable[] } }).stream?.pipes ?? [];
  for (const input of inputs) if (input.writableNeedDrain ?? input._writableState?.needDrain) await drained(input, out);
}

/** The cells of one response, in the order of `headingsOf`. */
function cellsOf(layout: ExportLayout, r: ReadingRoomResponse): (string | number)[] {
  const answers = new Map(r.answers.map((a) => [a.questionId, a.answer]));
  return [
    r.id,
    r.submittedAt.toISOString(),
    layout.statusLabel(r.status),
    r.public ? layout.yes : layout.no,
    r.onBehalfOf ?? '',
    r.body,
    ...layout.questions.map((q) => answerText(answers.get(q.id), layout)),
    r.parentId ?? '',
    r.supportCount,
    ...analysisCells(layout, r),
  ];
}

function analysisCells(layout: ExportLayout, r: ReadingRoomResponse): string[] {
  const a = layout.analysis;
  if (!a) return [];
  const stances = new Map(r.analysis?.stances.map((s) => [s.questionId, s.stance]));
  return [r.analysis ? a.themeLabel(r.analysis.themeId) : '', ...a.stanceColumns.map((c) => (stances.has(c.questionId) ? a.stanceLabel(stances.get(c.questionId)!) : ''))];
}

/** An answer as one cell: the text, the chosen options (by their label when known) or the scale value. */
function answerText(answer: unknown, layout: ExportLayout): string {
  if (answer === undefined || answer === null) return '';
  const label = (v: unknown) => layout.optionLabel?.(String(v)) ?? String(v);
  return Array.isArray(answer) ? answer.map(label).join('; ') : typeof answer === 'string' ? label(answer) : String(answer);
}

function headingsOf(layout: ExportLayout): string[] {
  const h = layout.headings;
  const a = layout.analysis;
  return [h.id, h.submittedAt, h.status, h.public, h.organisation, h.body, ...layout.questions.map((q) => q.text), h.parentId, h.supportCount, ...(a ? [a.themeHeading, ...a.stanceColumns.map((c) => c.heading)] : [])];
}

/**
 * A spreadsheet reads a cell that starts with `=`, `+`, `-`, `@` (or a tab/return before one) as a
 * formula: a respondent could otherwise put a formula into the coordinator's spreadsheet (CSV
 * injection, OWASP). Such a cell gets a leading apostrophe, which spreadsheets show as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV and XLSX, both streamed. CSV is five lines of RFC 4180 (quoting is all it takes; the CSV
 * writer that comes with exceljs needs the whole workbook in memory). XLSX is exceljs's streaming
 * `WorkbookWriter`: each row is committed to the zip stream as it is written and then forgotten,
 * with inline strings (no shared-strings table that would grow with the rows).
 */
@Injectable()
export class StreamingResponseExportWriter extends ResponseExportWriter {
  async write(format: ExportFormat, layout: ExportLayout, rows: AsyncIterable<ReadingRoomResponse>, out: Writable): Promise<void> {
    if (format === 'csv') return this.csv(layout, rows, out);
    return this.xlsx(layout, rows, out);
  }

  private async csv(layout: ExportLayout, rows: AsyncIterable<ReadingRoomResponse>, out: Writable): Promise<void> {
    // The byte-order mark makes spreadsheet programs read the file as UTF-8 (é, ë, €).
    const line = async (cells: (string | number)[], prefix = '') => {
      if (!out.write(`${prefix}${cells.map(csvField).join(',')}\r\n`)) await drained(out);
    };
    await line(headingsOf(layout), '\uFEFF');
    for await (const r of rows) {
      if (out.destroyed) return;
      await line(cellsOf(layout, r));
    }
    out.end();
  }

  private async xlsx(layout: ExportLayout, rows: AsyncIterable<ReadingRoomResponse>, out: Writable): Promise<void> {
    const workbook = new excelStream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: false });
    const sheet = workbook.addWorksheet(layout.sheetName ?? 'Responses');
    sheet.addRow(headingsOf(layout)).commit();
    for await (const r of rows) {
      if (out.destroyed) return;
      sheet.addRow(cellsOf(layout, r)).commit();
      await zipCaughtUp(sheet, out);
      // The zip stream buffers what the response has not taken yet: wait for it, or memory grows with a slow client.
      if (out.writableNeedDrain) await drained(out);
    }
    sheet.commit();
    await workbook.commit();
  }
}
