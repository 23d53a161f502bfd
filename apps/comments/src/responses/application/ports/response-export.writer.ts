import type { Writable } from 'node:stream';
import type { ReadingRoomResponse } from './reading-room.store';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The column headings in the reader's language, and the proposal's questions (one column each). */
export interface ExportLayout {
  headings: { id: string; submittedAt: string; status: string; public: string; organisation: string; body: string; parentId: string; supportCount: string };
  questions: { id: string; text: string }[];
  /** How a status reads in a cell. */
  statusLabel(status: string): string;
  yes: string;
  no: string;
  /** Name of the XLSX worksheet. */
  sheetName?: string;
  /** The label of a choice option by its id, when the value is one (choice questions). */
  optionLabel?(value: string): string | undefined;
  /** With a current analysis: a column for each response's theme and one per question it read stances on, after the others. */
  analysis?: {
    themeHeading: string;
    /** The theme's label as a cell ('' for none). */
    themeLabel(themeId: string | null): string;
    stanceColumns: { questionId: string; heading: string }[];
    stanceLabel(stance: string): string;
  };
}

/**
 * Writes responses into a file as they come, row by row: memory stays flat however many there
 * are (issue 11: 250 000 responses). Ends `out` when the rows end.
 */
export abstract class ResponseExportWriter {
  abstract write(format: ExportFormat, layout: ExportLayout, rows: AsyncIterable<ReadingRoomResponse>, out: Writable): Promise<void>;
}
