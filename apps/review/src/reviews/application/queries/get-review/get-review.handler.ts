import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReviewContent } from '../../../domain/review-content';
import { ReviewNotFoundError } from '../../../domain/review.errors';
import { ReviewRevisions } from '../../ports/review-revisions';
import { GetReviewQuery } from './get-review.query';

@QueryHandler(GetReviewQuery)
export class GetReviewHandler implements IQueryHandler<GetReviewQuery, ReviewContent> {
  constructor(private readonly revisions: ReviewRevisions) {}

  async execute(q: GetReviewQuery): Promise<ReviewContent> {
    const content = await this.revisions.content(q.year, q.revision);
    if (!content) throw new ReviewNotFoundError(q.year, q.revision);
    return content;
  }
}
