import { DynamicModule, Module } from '@nestjs/common';
import { transactionsProvider } from '@pb/persistence';
import { CqrsModule } from '@nestjs/cqrs';
import { CompileReviewHandler } from './application/commands/compile-review/compile-review.handler';
import { REVIEW_JOBS_ENABLED, ReviewJobRunner } from './application/commands/compile-review/review-job.runner';
import { FigureRecords } from './application/ports/figure-records';
import { ReviewDocuments } from './application/ports/review-documents';
import { ReviewJobs } from './application/ports/review-jobs';
import { ReviewRevisions } from './application/ports/review-revisions';
import { ReviewSnapshots } from './application/ports/review-snapshots';
import { GetCompileJobHandler } from './application/queries/get-compile-job/get-compile-job.handler';
import { GetFigureRecordsHandler } from './application/queries/get-figure-records/get-figure-records.handler';
import { GetReviewDocumentHandler } from './application/queries/get-review-document/get-review-document.handler';
import { GetReviewHandler } from './application/queries/get-review/get-review.handler';
import { ListRevisionsHandler } from './application/queries/list-revisions/list-revisions.handler';
import { SqlFigureRecords } from './infrastructure/persistence/figure-records.store';
import { SqlReviewDocuments } from './infrastructure/persistence/review-document.store';
import { SqlReviewJobs } from './infrastructure/persistence/review-jobs.store';
import { SqlReviewRevisions } from './infrastructure/persistence/review-revisions.store';
import { SqlReviewSnapshots } from './infrastructure/persistence/review-snapshot.reader';
import { REVIEW_PUBLIC_BASE_URL, ReviewDocumentRenderer } from './infrastructure/rendering/review-document.renderer';
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
  /** `publicBaseUrl`: the portal's public origin, for the absolute links of the PDF. */
  static register(jobs: boolean, publicBaseUrl?: string): DynamicModule {
    return {
      module: ReviewsModule,
      imports: [CqrsModule],
      controllers: [ReviewsController, NarrativesController],
      providers: [
        { provide: REVIEW_JOBS_ENABLED, useValue: jobs },
        { provide: REVIEW_PUBLIC_BASE_URL, useValue: publicBaseUrl },
        transactionsProvider,
        { provide: ReviewJobs, useClass: SqlReviewJobs },
        { provide: ReviewRevisions, useClass: SqlReviewRevisions },
        { provide: ReviewSnapshots, useClass: SqlReviewSnapshots },
        { provide: ReviewDocuments, useClass: SqlReviewDocuments },
        { provide: FigureRecords, useClass: SqlFigureRecords },
        ReviewDocumentRenderer,
        ReviewJobRunner,
        CompileReviewHandler,
        GetCompileJobHandler,
        GetReviewHandler,
        GetReviewDocumentHandler,
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
