import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { KeysetPage } from '@pb/kernel';
import { READING_ROOM_COUNT_CAP, normaliseFilter } from '../../../domain/reading-room-filter';
import { ProposalNotKnownError } from '../../../domain/response.errors';
import { ReadingRoomAnalysis, ReadingRoomResponse, ReadingRoomStore } from '../../ports/reading-room.store';
import { ReadResponsesQuery } from './read-responses.query';

export interface ReadingRoomPage extends KeysetPage<ReadingRoomResponse> {
  proposalId: string;
  /** How many responses match the filter, over every page; at least this many when `totalExact` is false. */
  total: number;
  /** False when more than READING_ROOM_COUNT_CAP responses match a filter: they were not all counted. */
  totalExact: boolean;
  questions: { id: string; text: string }[];
  /** The analysis the theme and stance filters read, with its themes' labels; null: none in review or signed off. */
  analysis: ReadingRoomAnalysis | null;
}

/**
 * Every confirmed response of a proposal — pending, published, rejected, public or not — for the
 * coordinator, filtered and a page at a time. The store's SQL never selects the e-mail address.
 */
@QueryHandler(ReadResponsesQuery)
export class ReadResponsesHandler implements IQueryHandler<ReadResponsesQuery, ReadingRoomPage> {
  constructor(private readonly store: ReadingRoomStore) {}

  async execute({ proposalId, filter, page }: ReadResponsesQuery): Promise<ReadingRoomPage> {
    const questions = await this.store.questions(proposalId);
    if (!questions) throw new ProposalNotKnownError();
    const wanted = normaliseFilter(filter);
    const [rows, count, analysis] = await Promise.all([this.store.page(proposalId, wanted, page), this.store.count(proposalId, wanted, READING_ROOM_COUNT_CAP), this.store.currentAnalysis(proposalId)]);
    return { proposalId, total: count.total, totalExact: count.exact, questions, analysis, ...rows };
  }
}
