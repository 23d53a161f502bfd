import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { RegisterCrowd, SimilarEntry } from '../../ports/register-crowd';
import { FindSimilarEntriesQuery, similarityQuery } from './find-similar-entries.query';

/** Published register entries like a barrier being reported (the reporter's "check" step). */
@QueryHandler(FindSimilarEntriesQuery)
export class FindSimilarEntriesHandler implements IQueryHandler<FindSimilarEntriesQuery, SimilarEntry[]> {
  constructor(private readonly crowd: RegisterCrowd) {}

  async execute({ typed }: FindSimilarEntriesQuery): Promise<SimilarEntry[]> {
    const query = similarityQuery(typed);
    // Nothing to compare with: no regulation identified and no words typed.
    if (!query.bwbId && !query.text) return [];
    return this.crowd.similar(query);
  }
}
