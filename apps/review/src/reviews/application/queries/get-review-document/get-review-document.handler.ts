import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReviewNotFoundError } from '../../../domain/review.errors';
import { ReviewDocuments } from '../../ports/review-documents';
import { ReviewRevisions } from '../../ports/review-revisions';
import { GetReviewDocumentQuery, ReviewDocumentView } from './get-review-document.query';

/**
 * The stored HTML or PDF of a revision. Revisions compiled since documents are stored have them from
 * the compile; an older one is rendered on its first request, once, and kept.
 */
@QueryHandler(GetReviewDocumentQuery)
export class GetReviewDocumentHandler implements IQueryHandler<GetReviewDocumentQuery, ReviewDocumentView> {
  constructor(
    private readonly revisions: ReviewRevisions,
    private readonly documents: ReviewDocuments,
  ) {}

  async execute(q: GetReviewDocumentQuery): Promise<ReviewDocumentView> {
    const revision = await this.revisions.resolve(q.year, q.revision);
    if (revision === null) throw new ReviewNotFoundError(q.year, q.revision);
    const stored = (await this.documents.find(q.year, revision, q.format, q.lang)) ?? (await this.documents.findOrRender(q.year, revision, q.format, q.lang));
    return { year: q.year, revision, format: q.format, lang: q.lang, ...stored };
  }
}
