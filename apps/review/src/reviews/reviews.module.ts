import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CompileReviewHandler } from './application/commands/compile-review/compile-review.handler';
import { GetCompileJobHandler, GetFigureRecordsHandler, GetReviewDocumentHandler, GetReviewHandler, ListRevisionsHandler } from './application/queries/review.query-handlers';
import { REVIEW_JOBS_ENABLED, ReviewJobRunner } from './application/review-job.runner';
import { ReviewDocumentRenderer } from './infrastructure/review-document.renderer';
import { ReviewDocumentStore } from './infrastructure/review-document.store';
import { ReviewsController } from './transport/http/reviews.controller';
import { EditNarrativeHandler } from './application/commands/edit-narrative/edit-narrative.handler';
import { SignOffNarrativeHandler } from './application/commands/sign-off-narrative/sign-off-narrative.handler';
import { NarrativeVocabularyPort } from './application/ports/narrative-vocabulary';
import { NarrativeStore } from './application/ports/narrative.store';
import { GetNarrativeHandler } from './application/queries/get-narrative/get-narrative.handler';
import { LabelNarrativeVocabulary } from './infrastructure/narrative-vocabulary.labels';
import { SqlNarrativeStore } from './infrastructure/persistence/narrative.store.sql';
import { NarrativesController } from './transport/http/narratives.controller';

@Module({})
export class ReviewsModule {
  static register(jobs: boolean): DynamicModule {
    return {
      module: ReviewsModule,
      imports: [CqrsModule],
      controllers: [ReviewsController, NarrativesController],
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
        // The review's text per theme (drafted, edited, signed off).
        { provide: NarrativeStore, useClass: SqlNarrativeStore },
        { provide: NarrativeVocabularyPort, useClass: LabelNarrativeVocabulary },
        GetNarrativeHandler,
        EditNarrativeHandler,
        SignOffNarrativeHandler,
      ],
      exports: [ReviewJobRunner],
    };
  }
}
