import type { Language } from '@pb/i18n';
import type { Writable } from 'node:stream';
import type { ReadingRoomFilter } from '../../../domain/reading-room-filter';
import type { ExportFormat } from '../../ports/response-export.writer';

/** Every response the reading room's filter matches, written into `out` as CSV or XLSX. */
export class ExportResponsesQuery {
  constructor(
    readonly proposalId: string,
    readonly filter: ReadingRoomFilter,
    readonly format: ExportFormat,
    readonly lang: Language,
    readonly out: Writable,
    /** Called once the proposal is known, before the first byte (the transport sets its headers here). */
    readonly start: () => void = () => undefined,
  ) {}
}
