import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CompileReviewHandler } from './application/commands/compile-review/compile-review.handler';
import { GetCompileJobHandler, GetFigureRecordsHandler, GetReviewDocumentHandler, GetReviewHandler, ListRevisionsHandler } from './application/queries/review.query-handlers';
import { REVIEW_JOBS_ENABLED, ReviewJobRunner } from './application/review-job.runner';
import { ReviewDocumentRenderer } from './infrastructure/review-document.renderer';
import { ReviewDocumentStore } from './infrastructure/review-document.store';
import { ReviewsController } from './transport/http/reviews.controller';

@Module({})
export class ReviewsModule {
  static register(jobs: boolean): DynamicModule {
    return {
      module: ReviewsModule,
      imports: [CqrsModule],
      controllers: [ReviewsController],
      providers: [
        { provide: REVIEW_JOBS_ENABLED, useValue: jobs },
        ReviewJobRunner,
        CompileReviewHandler,
        GetCompileJobHandler,
        GetReviewHandler,
        GetReviewDocumentHandler,
        ReviewDocumentRenderer,
        ReviewDocumentStore,
        ListRevisionsHandler,
        GetFigureRecordsHandler,
      ],
      exports: [ReviewJobRunner],
    };
  }
}
