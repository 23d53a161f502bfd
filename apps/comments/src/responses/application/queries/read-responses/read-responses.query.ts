import type { PageRequest } from '@pb/kernel';
import type { ReadingRoomFilter } from '../../../domain/reading-room-filter';

/** The coordinator's reading room: a page of every confirmed response of a proposal. */
export class ReadResponsesQuery {
  constructor(
    readonly proposalId: string,
    readonly filter: ReadingRoomFilter,
    readonly page: PageRequest,
  ) {}
}
