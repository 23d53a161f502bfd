import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { KeysetPage } from '@pb/kernel';
import { normaliseFilter } from '../../../domain/reading-room-filter';
import { ProposalNotKnownError } from '../../../domain/response.errors';
import { ReadingRoomResponse, ReadingRoomStore } from '../../ports/reading-room.store';
import { ReadResponsesQuery } from './read-responses.query';

export interface ReadingRoomPage extends KeysetPage<ReadingRoomResponse> {
  proposalId: string;
  /** How many responses match the filter, over every page. */
  total: number;
  questions: { id: string; text: string }[];
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
    const [rows, total] = await Promise.all([this.store.page(proposalId, wanted, page), this.store.count(proposalId, wanted)]);
    return { proposalId, total, questions, ...rows };
  }
}
